package th.km.core.plan;

import java.util.List;

/**
 * Prose of the plan that has no structure of its own (the preface, the introduction to KM, the table
 * of contents), kept verbatim so that nothing of the document is lost.
 */
public record NarrativeSection(String heading, List<String> paragraphs) {

  public NarrativeSection {
    paragraphs = List.copyOf(paragraphs);
  }
}
