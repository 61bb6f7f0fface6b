package th.km.persistence.document;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One block of a {@link Document}: what a renderer lays out, one after another, down the page. Text
 * is given as it is to be printed (digits already in the style the document wants).
 */
public sealed interface DocBlock {

  /** How a paragraph's lines sit between the margins. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT,
    /** Thai distributed justification, as official letters are typed. */
    JUSTIFY
  }

  /**
   * A heading; level 1 is a chapter title, 2 a section, 3 a sub-section.
   *
   * @param listed whether the contents list names it with its page
   */
  record Heading(int level, String text, boolean listed) implements DocBlock {
    public Heading {
      checkArgument(level >= 1 && level <= 3, "heading level must be 1-3, got %s", level);
      checkArgument(!text.isBlank(), "a heading must have text");
    }
  }

  /**
   * A paragraph.
   *
   * @param indent whether the first line is indented, as the body of an official letter is
   */
  record Paragraph(String text, Align align, boolean bold, boolean indent) implements DocBlock {

    /** An indented, justified body paragraph. */
    public static Paragraph body(String text) {
      return new Paragraph(text, Align.JUSTIFY, false, true);
    }

    /** A centred line, bold or not. */
    public static Paragraph centered(String text, boolean bold) {
      return new Paragraph(text, Align.CENTER, bold, false);
    }

    /** A left-aligned line without indent. */
    public static Paragraph plain(String text) {
      return new Paragraph(text, Align.LEFT, false, false);
    }
  }

  /**
   * A list whose items hang from their markers.
   *
   * @param markers one marker per item ("๑.", "-"), printed before it
   */
  record ItemList(List<String> markers, List<String> items) implements DocBlock {
    public ItemList {
      markers = List.copyOf(markers);
      items = List.copyOf(items);
      checkArgument(markers.size() == items.size(), "a list needs one marker per item");
    }

    /** A bulleted list, each item after a dash, as Thai plans write them. */
    public static ItemList dashed(List<String> items) {
      return new ItemList(items.stream().map(i -> "-").toList(), items);
    }

    /** A numbered list, "๑." or "1." per the digits. */
    public static ItemList numbered(List<String> items, Digits digits) {
      List<String> markers = new java.util.ArrayList<>();
      for (int i = 1; i <= items.size(); i++) {
        markers.add(digits.apply(i + "."));
      }
      return new ItemList(markers, items);
    }
  }

  /**
   * A table whose header row repeats at the top of every page the table runs onto. Its captions
   * are printed once, bold, right above it and kept on its first page. (They do not repeat:
   * Chromium repeats a header only while it takes at most a quarter of the page, and Word only
   * repeats leading rows, so long captions in the header would stop the header repeating.)
   *
   * @param captions lines printed above the table ("เป้าหมาย KM : ๑. …"), possibly none
   * @param header the column headings
   * @param rows the body, each row as many cells as the header
   * @param widths the columns' relative widths, as many as the header
   */
  record Table(List<String> captions, List<String> header, List<List<String>> rows, List<Integer> widths)
      implements DocBlock {
    public Table {
      captions = List.copyOf(captions);
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      widths = List.copyOf(widths);
      checkArgument(!header.isEmpty(), "a table needs a header");
      checkArgument(widths.size() == header.size(), "a table needs one width per column");
      for (List<String> row : rows) {
        checkArgument(
            row.size() == header.size(),
            "table row %s has %s cells for %s columns",
            row,
            row.size(),
            header.size());
      }
    }
  }

  /**
   * A signature block: room to sign, the name in parentheses, then the position, centred in the
   * right half of the page as Thai official letters place it.
   */
  record Signature(String name, List<String> positionLines) implements DocBlock {
    public Signature {
      positionLines = List.copyOf(positionLines);
    }
  }

  /**
   * A picture centred on its own line, such as the organization's emblem (ตราสัญลักษณ์).
   *
   * @param mediaType "image/png" or "image/jpeg"
   * @param widthCm the printed width
   */
  record Image(byte[] data, String mediaType, double widthCm) implements DocBlock {
    public Image {
      checkArgument(
          mediaType.equals("image/png") || mediaType.equals("image/jpeg"),
          "an image must be PNG or JPEG, got %s",
          mediaType);
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  /** The contents list (สารบัญ): every listed heading of the document with its page. */
  record Contents(String title, String headingColumn, String pageColumn) implements DocBlock {}

  /** The next block starts on a new page. */
  record PageBreak() implements DocBlock {}
}
