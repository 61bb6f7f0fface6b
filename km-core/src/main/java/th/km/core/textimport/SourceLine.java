package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the source text with its 1-based number, its text without outer white space and its
 * tab-separated cells.
 */
record SourceLine(int number, String content, List<String> cells) {

  SourceLine {
    cells = List.copyOf(cells);
  }

  /** Splits a text into numbered lines; "\r\n", "\r" and "\n" all end a line. */
  static List<SourceLine> split(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] raw = body.split("\r\n|\r|\n", -1);
    List<SourceLine> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(of(i + 1, raw[i]));
    }
    return lines;
  }

  static SourceLine of(int number, String raw) {
    List<String> cells = new ArrayList<>();
    for (String cell : raw.split("\t", -1)) {
      cells.add(Text.trim(cell));
    }
    return new SourceLine(number, Text.trim(raw), cells);
  }

  boolean isBlank() {
    return content.isEmpty();
  }

  /** The cells that hold text. */
  List<String> filledCells() {
    return cells.stream().filter(c -> !c.isEmpty()).toList();
  }

  /** Whether the line is a row of a table: more than one cell holds text. */
  boolean isTableRow() {
    return filledCells().size() > 1;
  }

  /** The cell at the index, empty when the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** The number of cells up to the last one that holds text. */
  int usedWidth() {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (!cells.get(i).isEmpty()) {
        return i + 1;
      }
    }
    return 0;
  }
}
