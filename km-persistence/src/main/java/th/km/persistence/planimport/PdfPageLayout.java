package th.km.persistence.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One PDF page rebuilt from its glyphs: the rows of its ruled tables (cells found between the
 * ruling lines, a cell's wrapped lines joined into one cell) and its other lines (columns without
 * rulings split at wide gaps), in reading order from the top.
 */
final class PdfPageLayout {

  /**
   * A line of text or a row of a table.
   *
   * @param row whether it is a table row
   * @param table for a row, the table's index on the page; -1 for a line
   * @param top the top of the line's text or the row's upper ruling
   * @param bottom the bottom of the line's text or the row's lower ruling
   * @param x the left edge
   * @param right the right edge of the text (of the table for a row)
   * @param size the font size of the line's first character
   * @param bold whether every character of it is bold, as a heading is
   * @param cells the row's cells, grid-aligned; one cell for a line (tabs where columns gap)
   * @param origin where the line and its cells stand
   */
  record Item(
      boolean row,
      int table,
      float top,
      float bottom,
      float x,
      float right,
      float size,
      boolean bold,
      List<String> cells,
      LineOrigin origin) {

    Item {
      cells = List.copyOf(cells);
    }

    String text() {
      return String.join("\t", cells);
    }
  }

  /** Rulings closer than this are one. */
  private static final float SNAP = 1.5f;

  /** Rows lower than this are a double border, not a row. */
  private static final float LOWEST_ROW = 4f;

  /** A gap this many font sizes wide between two glyphs of a line separates columns. */
  private static final float COLUMN_GAP = 1.5f;

  /** A gap this many font sizes wide between two glyphs is a space. */
  private static final float WORD_GAP = 0.15f;

  /** A list item's label, which a word processor separates from its text by a tab stop. */
  private static final Pattern LIST_LABEL =
      Pattern.compile("([0-9๐-๙]{1,3}[.)]|\\(?[0-9๐-๙]{1,3}\\)|[-–]|[ก-ฮ][.)])");

  /** Bullets a word processor draws for a list item; the text form writes "-". */
  private static final String BULLETS = "•◦▪●○■□➢✓";

  private final int page;
  private final List<Item> items;

  private PdfPageLayout(int page, List<Item> items) {
    this.page = page;
    this.items = List.copyOf(items);
  }

  int page() {
    return page;
  }

  List<Item> items() {
    return items;
  }

  /** Lays out a page from its glyphs (in drawing order) and its rulings. */
  static PdfPageLayout of(int page, List<PdfGlyph> glyphs, List<PdfRulings.Ruling> rulings) {
    List<PdfTableGrid> tables = PdfTableGrid.find(rulings, SNAP, LOWEST_ROW);
    List<Item> items = new ArrayList<>();
    List<PdfGlyph> free = new ArrayList<>();
    List<List<List<List<PdfGlyph>>>> cellGlyphs = new ArrayList<>();
    for (PdfTableGrid t : tables) {
      cellGlyphs.add(t.emptyCells());
    }
    for (PdfGlyph g : glyphs) {
      if (!place(g, tables, cellGlyphs)) {
        free.add(g);
      }
    }
    for (int t = 0; t < tables.size(); t++) {
      items.addAll(rows(page, t, tables.get(t), cellGlyphs.get(t)));
    }
    for (List<PdfGlyph> line : lines(free)) {
      lineItem(page, line).ifPresent(items::add);
    }
    items.sort(Comparator.comparingDouble(Item::top));
    return new PdfPageLayout(page, items);
  }

  private static boolean place(
      PdfGlyph g, List<PdfTableGrid> tables, List<List<List<List<PdfGlyph>>>> cellGlyphs) {
    if (g.isSpace()) {
      return false;
    }
    float midY = g.y() - 0.3f * g.size();
    for (int t = 0; t < tables.size(); t++) {
      int[] at = tables.get(t).cellAt(g.centerX(), midY);
      if (at != null) {
        cellGlyphs.get(t).get(at[0]).get(at[1]).add(g);
        return true;
      }
    }
    return false;
  }

  private static List<Item> rows(
      int page, int tableIndex, PdfTableGrid table, List<List<List<PdfGlyph>>> glyphs) {
    List<Item> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<String> cells = new ArrayList<>();
      List<SourceLocation> where = new ArrayList<>();
      boolean filled = false;
      float top = table.rowTop(r);
      for (int c = 0; c < table.cellCount(r); c++) {
        String text = cellText(glyphs.get(r).get(c));
        filled |= !text.isEmpty();
        SourceLocation at = new SourceLocation.PdfPosition(page, top, table.cellLeft(r, c));
        for (int span = table.span(r, c); span > 0; span--) {
          cells.add(span == table.span(r, c) ? text : "");
          where.add(at);
        }
      }
      if (filled) {
        SourceLocation row = new SourceLocation.PdfPosition(page, top, table.left());
        float size = glyphs.get(r).stream().flatMap(List::stream).findFirst()
            .map(PdfGlyph::size).orElse(0f);
        boolean bold = glyphs.get(r).stream().flatMap(List::stream).allMatch(PdfGlyph::bold);
        rows.add(new Item(true, tableIndex, top, table.rowBottom(r), table.left(),
            table.right(), size, bold, cells, new LineOrigin(row, where)));
      }
    }
    return rows;
  }

  /** A cell's glyphs as one line: its wrapped lines joined. */
  private static String cellText(List<PdfGlyph> glyphs) {
    String text = "";
    for (List<PdfGlyph> line : lines(glyphs)) {
      text = joinWrapped(text, lineText(line, false));
    }
    return text;
  }

  /**
   * Two lines of one paragraph or cell joined: Thai wraps between words without a space, so two
   * Thai ends join directly, as do punctuation and what it holds on to; anything else gets a space.
   */
  static String joinWrapped(String first, String next) {
    if (first.isEmpty() || next.isEmpty()) {
      return first + next;
    }
    char end = first.charAt(first.length() - 1);
    char start = next.charAt(0);
    boolean glued = (isThai(end) && isThai(start)) || ".,:;)/%".indexOf(start) >= 0 || "(/".indexOf(end) >= 0;
    return glued ? first + next : first + " " + next;
  }

  private static boolean isThai(char c) {
    return c >= '\u0E01' && c <= '\u0E4F';
  }

  /** Glyphs grouped into lines by baseline, each line ordered left to right. */
  private static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
    List<PdfGlyph> byY = new ArrayList<>(glyphs);
    byY.sort(Comparator.comparingDouble(PdfGlyph::y));
    List<List<PdfGlyph>> lines = new ArrayList<>();
    List<PdfGlyph> current = new ArrayList<>();
    float lineY = 0;
    for (PdfGlyph g : byY) {
      if (!current.isEmpty() && g.y() - lineY > 0.5f * Math.max(g.size(), 1f)) {
        lines.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        lineY = g.y();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    for (List<PdfGlyph> line : lines) {
      line.sort(Comparator.comparingDouble(PdfGlyph::x));
    }
    return lines;
  }

  /** A line's text; with {@code columns}, gaps wider than a column gap become tabs. */
  private static String lineText(List<PdfGlyph> line, boolean columns) {
    StringBuilder text = new StringBuilder();
    float lastRight = Float.NaN;
    boolean spaceSeen = false;
    for (PdfGlyph g : line) {
      if (g.isSpace()) {
        spaceSeen = true;
        continue;
      }
      if (!Float.isNaN(lastRight)) {
        float gap = g.x() - lastRight;
        float size = Math.max(g.size(), 1f);
        if (columns && gap > COLUMN_GAP * size && !LIST_LABEL.matcher(text).matches()) {
          text.append('\t');
        } else if (spaceSeen || gap > WORD_GAP * size) {
          text.append(' ');
        }
      }
      text.append(text.isEmpty() && BULLETS.indexOf(g.text()) >= 0 ? "-" : g.text());
      lastRight = g.right();
      spaceSeen = false;
    }
    return text.toString();
  }

  private static java.util.Optional<Item> lineItem(int page, List<PdfGlyph> line) {
    List<PdfGlyph> ink = line.stream().filter(g -> !g.isSpace()).toList();
    if (ink.isEmpty()) {
      return java.util.Optional.empty();
    }
    PdfGlyph first = ink.getFirst();
    PdfGlyph last = ink.getLast();
    float size = Math.max(first.size(), 1f);
    List<String> cells = List.of(lineText(line, true));
    SourceLocation where = new SourceLocation.PdfPosition(page, first.y(), first.x());
    return java.util.Optional.of(
        new Item(false, -1, first.y() - size, first.y() + 0.3f * size, first.x(), last.right(),
            size, ink.stream().allMatch(PdfGlyph::bold), cells, LineOrigin.of(where)));
  }
}
