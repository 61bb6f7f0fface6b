package th.km.persistence.planimport;

import java.util.List;

/**
 * Where one line of the extracted text came from: the line as a whole and, for a table row, each
 * of its cells in order, so that an issue about one cell can name that cell.
 *
 * @param line where the line (or the row) stands
 * @param cells where each tab-separated cell stands; empty for a line that is not a table row
 */
public record LineOrigin(SourceLocation line, List<SourceLocation> cells) {

  public LineOrigin {
    cells = List.copyOf(cells);
  }

  /** A line that is not a table row. */
  public static LineOrigin of(SourceLocation line) {
    return new LineOrigin(line, List.of());
  }
}
