package th.km.persistence.knowledge;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import th.km.core.LocalizedText;
import th.km.core.knowledge.KnowledgeContent;

/** What became of a write to the knowledge base: switch over it to tell the person. */
public sealed interface KnowledgeWrite {

  /** Stored and audited; {@code content} is the asset's latest version now. */
  record Saved(KnowledgeContent content) implements KnowledgeWrite {}

  /**
   * Nothing was stored: someone else saved or moved the asset since the writer read version {@code
   * seen}; {@code current} is the latest version now.
   */
  record Stale(int seen, KnowledgeContent current) implements KnowledgeWrite {}

  /** Nothing was stored, for the reasons given in Thai and English. */
  record Refused(List<LocalizedText> reasons) implements KnowledgeWrite {
    public Refused {
      checkArgument(!reasons.isEmpty(), "a refusal needs a reason");
      reasons = List.copyOf(reasons);
    }

    public static Refused because(String th, String en) {
      return new Refused(List.of(LocalizedText.of(th, en)));
    }
  }
}
