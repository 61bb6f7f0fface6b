package th.km.core.testing;

/**
 * Puts one benchmark's section into docs/benchmarks.md: the section from its heading to the next
 * {@code ## } heading is replaced by the newly measured text, or added at the end when absent. A
 * section's own lines from {@link #NOTES} on are written by hand (the history of earlier runs, what
 * a profile showed) and are kept below the new text, so a rerun never erases them.
 */
public final class BenchmarkSection {

  /** The line from which the rest of a section is written by hand and kept by every rerun. */
  public static final String NOTES = "<!-- notes: written by hand; ./km-bench keeps what follows -->";

  private BenchmarkSection() {}

  /**
   * {@code document} with the section that starts at {@code heading} replaced by {@code measured}
   * (which starts with the heading), keeping the old section's notes.
   */
  public static String replace(String document, String heading, String measured) {
    int at = findHeading(document, heading);
    if (at < 0) {
      return document.isEmpty() ? measured : document.stripTrailing() + "\n\n" + measured;
    }
    int next = document.indexOf("\n## ", at + heading.length());
    int end = next < 0 ? document.length() : next + 1;
    String old = document.substring(at, end);
    int notes = old.indexOf(NOTES);
    String kept = notes < 0 ? "" : "\n" + old.substring(notes).stripTrailing() + "\n";
    String section = measured.stripTrailing() + "\n" + kept;
    String rest = document.substring(end);
    return document.substring(0, at) + section + (rest.isEmpty() ? "" : "\n" + rest);
  }

  /** Where the line that is exactly {@code heading} starts, or -1. */
  private static int findHeading(String document, String heading) {
    int from = 0;
    while (true) {
      int at = document.indexOf(heading, from);
      if (at < 0) {
        return -1;
      }
      boolean lineStart = at == 0 || document.charAt(at - 1) == '\n';
      int after = at + heading.length();
      boolean lineEnd = after == document.length() || document.charAt(after) == '\n';
      if (lineStart && lineEnd) {
        return at;
      }
      from = after;
    }
  }
}
