package th.km.persistence.document;

import java.util.List;

/**
 * A run of blocks printed on pages of one orientation; every section starts on a new page.
 *
 * @param landscape whether the pages are A4 landscape (wide tables) rather than portrait
 */
public record DocSection(boolean landscape, List<DocBlock> blocks) {

  public DocSection {
    blocks = List.copyOf(blocks);
  }

  /** A portrait section. */
  public static DocSection portrait(List<DocBlock> blocks) {
    return new DocSection(false, blocks);
  }

  /** A landscape section. */
  public static DocSection landscape(List<DocBlock> blocks) {
    return new DocSection(true, blocks);
  }
}
