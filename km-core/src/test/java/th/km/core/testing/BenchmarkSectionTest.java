package th.km.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchmarkSectionTest {

  private static final String HEADING = "## Bulk import";

  @Test
  void replacesTheMeasuredTextAndKeepsTheNotesAndTheOtherSections() {
    String document =
        "# Benchmarks\n\n## Web\n\nweb table\n\n## Bulk import\n\nold table\n\n"
            + BenchmarkSection.NOTES
            + "\nSession 6: 0.59x.\n\n## Search\n\nsearch table\n";
    String replaced = BenchmarkSection.replace(document, HEADING, "## Bulk import\n\nnew table\n");
    assertEquals(
        "# Benchmarks\n\n## Web\n\nweb table\n\n## Bulk import\n\nnew table\n\n"
            + BenchmarkSection.NOTES
            + "\nSession 6: 0.59x.\n\n## Search\n\nsearch table\n",
        replaced);
    // A second run changes nothing more than the measured text.
    assertEquals(replaced, BenchmarkSection.replace(replaced, HEADING, "## Bulk import\n\nnew table\n"));
  }

  @Test
  void aSectionWithoutNotesIsReplacedWhole() {
    String document = "## Bulk import\n\nold table\nold words\n\n## Search\n\ns\n";
    assertEquals(
        "## Bulk import\n\nnew\n\n## Search\n\ns\n",
        BenchmarkSection.replace(document, HEADING, "## Bulk import\n\nnew\n"));
  }

  @Test
  void theLastSectionKeepsItsNotesToTheEndOfTheFile() {
    String document = "## Web\n\nw\n\n## Bulk import\n\nold\n" + BenchmarkSection.NOTES + "\nhistory\n";
    assertEquals(
        "## Web\n\nw\n\n## Bulk import\n\nnew\n\n" + BenchmarkSection.NOTES + "\nhistory\n",
        BenchmarkSection.replace(document, HEADING, "## Bulk import\n\nnew\n"));
  }

  @Test
  void anAbsentSectionIsAddedAtTheEnd() {
    assertEquals(
        "# Benchmarks\n\n## Bulk import\n\nnew\n",
        BenchmarkSection.replace("# Benchmarks\n", HEADING, "## Bulk import\n\nnew\n"));
    assertEquals("## Bulk import\n\nnew\n", BenchmarkSection.replace("", HEADING, "## Bulk import\n\nnew\n"));
  }

  @Test
  void aHeadingThatOnlyStartsLikeOursIsNotOurs() {
    String document = "## Bulk import (old)\n\nkeep me\n";
    assertEquals(
        "## Bulk import (old)\n\nkeep me\n\n## Bulk import\n\nnew\n",
        BenchmarkSection.replace(document, HEADING, "## Bulk import\n\nnew\n"));
  }
}
