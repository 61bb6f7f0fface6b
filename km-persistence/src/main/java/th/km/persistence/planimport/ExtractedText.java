package th.km.persistence.planimport;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * A document turned into the tab-separated text the core's text importer reads: the format it was
 * told to be, the text, where each of its lines came from, and the Thai repairs made on the way.
 *
 * @param format the document's format, told by its content
 * @param text the plan's text, lines separated by {@code \n}, table cells by tabs
 * @param origins one per line of {@code text}, in order
 * @param repairs the Thai repairs, in the order of the text
 */
public record ExtractedText(
    DocumentFormat format, String text, List<LineOrigin> origins, List<ThaiRepair> repairs) {

  public ExtractedText {
    origins = List.copyOf(origins);
    repairs = List.copyOf(repairs);
    long lines = text.isEmpty() ? 1 : text.split("\n", -1).length;
    checkArgument(
        lines == origins.size(), "%s lines but %s origins", lines, origins.size());
  }

  /** Where a 1-based line of the text came from; the last line's origin beyond the end. */
  public LineOrigin origin(int line) {
    checkArgument(line >= 1, "line must be 1-based, got %s", line);
    return origins.get(Math.min(line, origins.size()) - 1);
  }
}
