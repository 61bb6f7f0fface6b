package th.km.persistence.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the laid-out pages of a PDF into the plan's text: Thai repaired cell by cell, a paragraph's
 * wrapped lines joined, a blank line where the page leaves a blank line's space, a table continued
 * over a page break joined to its first part (its repeated header dropped, a row split by the break
 * joined).
 */
final class PdfTextAssembly {

  /** A line that starts a list item or a numbered heading never continues the line before. */
  private static final Pattern LIST_START =
      Pattern.compile("^([0-9๐-๙]{1,3}[.)]|[-•–○●▪*]|\\(?[0-9๐-๙]{1,3}\\))(\\s|$).*");

  private final List<String> lines = new ArrayList<>();
  private final List<LineOrigin> origins = new ArrayList<>();
  private final List<ThaiRepair> repairs = new ArrayList<>();

  /** The rows of the table being written, up to its column header, to spot it repeated. */
  private final List<String> tableHead = new ArrayList<>();

  private boolean headComplete;

  /** The text block's edges over the whole document: a page of short lines has the same margins. */
  private float left = Float.MAX_VALUE;

  private float right;
  private PdfPageLayout.@Nullable Item previous;
  private @Nullable PageMetrics previousMetrics;

  private PdfTextAssembly() {}

  static ExtractedText assemble(List<PdfPageLayout> pages) {
    PdfTextAssembly assembly = new PdfTextAssembly();
    for (PdfPageLayout page : pages) {
      for (PdfPageLayout.Item item : page.items()) {
        if (!item.row()) {
          assembly.left = Math.min(assembly.left, item.x());
          assembly.right = Math.max(assembly.right, item.right());
        }
      }
    }
    for (PdfPageLayout page : pages) {
      assembly.page(page);
    }
    if (assembly.lines.isEmpty()) {
      assembly.lines.add("");
      assembly.origins.add(LineOrigin.of(new SourceLocation.PdfPosition(1, 0, 0)));
    }
    return new ExtractedText(
        DocumentFormat.PDF, String.join("\n", assembly.lines), assembly.origins, assembly.repairs);
  }

  private void page(PdfPageLayout page) {
    List<PdfPageLayout.Item> items = new ArrayList<>();
    for (PdfPageLayout.Item item : page.items()) {
      items.add(repaired(item));
    }
    PageMetrics metrics = PageMetrics.of(items);
    int skip = repeatedHead(items);
    for (int i = skip; i < items.size(); i++) {
      PdfPageLayout.Item item = items.get(i);
      boolean firstOnPage = i == skip;
      if (item.row()) {
        row(item, firstOnPage);
      } else {
        line(item, metrics, firstOnPage);
      }
      previous = item;
    }
    previousMetrics = metrics;
  }

  /** How many rows at the top of the page repeat the head of the table the last page ended in. */
  private int repeatedHead(List<PdfPageLayout.Item> items) {
    PdfPageLayout.Item last = previous;
    if (last == null || !last.row() || !headComplete || items.size() < tableHead.size()) {
      return 0;
    }
    for (int i = 0; i < tableHead.size(); i++) {
      PdfPageLayout.Item item = items.get(i);
      if (!item.row() || !item.text().equals(tableHead.get(i))) {
        return 0;
      }
    }
    return tableHead.size();
  }

  private void row(PdfPageLayout.Item item, boolean firstOnPage) {
    PdfPageLayout.Item last = previous;
    boolean sameTable = last != null && last.row() && (firstOnPage || last.table() == item.table());
    if (firstOnPage && sameTable && continuesSplitRow(last, item)) {
      List<String> merged = new ArrayList<>(last.cells());
      for (int c = 0; c < merged.size(); c++) {
        merged.set(c, PdfPageLayout.joinWrapped(merged.get(c), item.cells().get(c)));
      }
      lines.set(lines.size() - 1, String.join("\t", merged));
      return;
    }
    if (!sameTable) {
      blankIfSpaced(item, firstOnPage);
      tableHead.clear();
      headComplete = false;
    }
    if (!headComplete) {
      tableHead.add(item.text());
      headComplete = item.cells().stream().filter(c -> !c.isEmpty()).count() > 1;
    }
    add(item.text(), item.origin());
  }

  /** A row whose first cell is empty, at the top of a page, finishes the row the break split. */
  private static boolean continuesSplitRow(PdfPageLayout.Item last, PdfPageLayout.Item item) {
    return last.cells().size() == item.cells().size()
        && item.cells().size() > 1
        && item.cells().getFirst().isEmpty()
        && !last.cells().getFirst().isEmpty();
  }

  private void line(PdfPageLayout.Item item, PageMetrics metrics, boolean firstOnPage) {
    PdfPageLayout.Item last = previous;
    String text = item.text();
    if (last != null && !last.row() && continuesParagraph(last, item, metrics, firstOnPage)) {
      int end = lines.size() - 1;
      lines.set(end, PdfPageLayout.joinWrapped(lines.get(end), text));
      return;
    }
    blankIfSpaced(item, firstOnPage);
    add(text, item.origin());
  }

  private boolean continuesParagraph(
      PdfPageLayout.Item last, PdfPageLayout.Item item, PageMetrics metrics, boolean firstOnPage) {
    PageMetrics lastMetrics = firstOnPage ? previousMetrics : metrics;
    if (lastMetrics == null || lines.isEmpty() || lines.getLast().isEmpty()) {
      return false;
    }
    String text = item.text();
    if (text.contains("\t") || lines.getLast().contains("\t") || LIST_START.matcher(text).matches()) {
      return false;
    }
    if (Math.abs(last.size() - item.size()) > 0.5f || item.x() > last.x() + 0.6f * item.size()) {
      return false;
    }
    // A wrapped line keeps its paragraph's weight: a bold line after a plain one (or the reverse)
    // is a heading, even on a page whose blank paragraphs space every line alike.
    if (last.bold() != item.bold()) {
      return false;
    }
    if (last.right() < right - 0.12f * (right - left)) {
      return false;
    }
    return firstOnPage || metrics.isWrapGap(item.top() - last.top());
  }

  private void blankIfSpaced(PdfPageLayout.Item item, boolean firstOnPage) {
    PdfPageLayout.Item last = previous;
    if (last == null || lines.isEmpty() || lines.getLast().isEmpty()) {
      return;
    }
    boolean spaced =
        firstOnPage
            ? last.row() != item.row()
            : item.top() - last.bottom() > 0.9f * Math.max(8f, Math.max(last.size(), item.size()));
    if (spaced) {
      add("", last.origin());
    }
  }

  private void add(String text, LineOrigin origin) {
    lines.add(text);
    origins.add(origin);
  }

  private PdfPageLayout.Item repaired(PdfPageLayout.Item item) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < item.cells().size(); c++) {
      SourceLocation where =
          item.origin().cells().isEmpty() ? item.origin().line() : item.origin().cells().get(c);
      cells.add(ThaiRepairs.repair(item.cells().get(c), where, repairs).strip());
    }
    return new PdfPageLayout.Item(item.row(), item.table(), item.top(), item.bottom(), item.x(),
        item.right(), item.size(), item.bold(), cells, item.origin());
  }

  /** What a page's plain lines say about its line pitch: one, or one within and one between paragraphs. */
  private record PageMetrics(float pitch, boolean twoPitches) {

    static PageMetrics of(List<PdfPageLayout.Item> items) {
      List<Float> gaps = new ArrayList<>();
      PdfPageLayout.Item last = null;
      for (PdfPageLayout.Item item : items) {
        if (!item.row()) {
          if (last != null && !last.row()) {
            gaps.add(item.top() - last.top());
          }
        }
        last = item;
      }
      float pitch = (float) gaps.stream().filter(g -> g > 1).mapToDouble(g -> g).min().orElse(0);
      float p = pitch;
      boolean two = gaps.stream().anyMatch(g -> g > p + 1.5f && g < 1.6f * p);
      return new PageMetrics(pitch, two);
    }

    /** Whether lines this far apart are two lines of one paragraph. */
    boolean isWrapGap(float gap) {
      return twoPitches ? gap <= pitch + 1f : gap <= 1.3f * pitch + 0.5f;
    }
  }
}
