package th.km.core.textimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.NarrativeSection;

/**
 * The prose of the document collected from every section, put back in document order at the end.
 */
final class Narrative {

  private record Entry(int line, NarrativeSection section) {}

  /** A recognised section heading may be longer than a heading guessed from its shape. */
  private static final int REGION_HEADING_MAX = 200;

  private final List<Entry> entries = new ArrayList<>();

  void add(int line, String heading, List<String> paragraphs) {
    entries.add(new Entry(line, new NarrativeSection(heading, paragraphs)));
  }

  List<NarrativeSection> inOrder() {
    return entries.stream()
        .sorted(Comparator.comparingInt(Entry::line))
        .map(Entry::section)
        .toList();
  }

  /**
   * Reads a region of free prose: a heading-like line starts a section, other lines are its
   * paragraphs. Prose before any heading is reported, since it belongs to nothing.
   */
  void readProse(Region region, Issues issues) {
    @Nullable String heading = null;
    int headingLine = region.firstLine();
    List<String> paragraphs = new ArrayList<>();
    for (SourceLine line : region.allLines()) {
      if (line.isBlank()) {
        continue;
      }
      boolean startsRegion = region.heading().map(h -> h.number() == line.number()).orElse(false);
      boolean isHeading =
          Headings.isNarrativeHeading(line.content())
              || (startsRegion && Headings.isHeadingLike(line.content(), REGION_HEADING_MAX));
      if (isHeading) {
        if (heading != null) {
          add(headingLine, heading, paragraphs);
        }
        heading = line.content();
        headingLine = line.number();
        paragraphs = new ArrayList<>();
      } else if (heading == null) {
        issues.warning(
            line.number(),
            line.content(),
            "ข้อความนี้ไม่อยู่ใต้หัวข้อใดและไม่ตรงกับโครงสร้างใดของแผน จึงไม่ได้นำเข้า",
            "text under no heading and in no known structure of a plan; it was not imported");
      } else {
        paragraphs.add(line.content());
      }
    }
    if (heading != null) {
      add(headingLine, heading, paragraphs);
    }
  }
}
