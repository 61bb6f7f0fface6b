package th.km.core.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;

/**
 * What an author writes for a new version of a knowledge asset's content: everything of {@link
 * KnowledgeContent} but the asset's id, the version's number, its state and who saved it when,
 * which the store decides.
 */
@Value.Immutable
public abstract class AbstractKnowledgeDraft {

  public abstract String title();

  /** The text, in Markdown. */
  public abstract String body();

  public abstract AssetKind kind();

  public abstract Optional<DivisionCode> division();

  public abstract Optional<KmProcessStep> step();

  public abstract List<String> tags();

  @Value.Default
  public KnowledgeType knowledgeType() {
    return KnowledgeType.EXPLICIT;
  }

  public abstract Optional<String> flowchartMermaid();

  public abstract Optional<Long> flowchartImage();

  public abstract Optional<LocalDate> reviewDue();

  @Value.Default
  public String changeNote() {
    return "";
  }

  /**
   * The version this draft becomes: number {@code version} of the asset of the year, a draft, saved by the
   * account at the instant. Throws when the draft breaks a rule of {@link KnowledgeContent}.
   */
  public KnowledgeContent asVersion(
      FiscalYear year, String assetId, int version, String by, Instant at) {
    return KnowledgeContent.builder()
        .fiscalYear(year)
        .assetId(assetId)
        .version(version)
        .title(title())
        .body(body())
        .kind(kind())
        .division(division())
        .step(step())
        .tags(tags())
        .knowledgeType(knowledgeType())
        .flowchartMermaid(flowchartMermaid())
        .flowchartImage(flowchartImage())
        .state(KnowledgeState.DRAFT)
        .reviewDue(reviewDue())
        .changedBy(by)
        .changedAt(at)
        .changeNote(changeNote())
        .build();
  }

  /** The draft a version was made from, to write the next one on. */
  public static KnowledgeDraft of(KnowledgeContent content) {
    return KnowledgeDraft.builder()
        .title(content.title())
        .body(content.body())
        .kind(content.kind())
        .division(content.division())
        .step(content.step())
        .tags(content.tags())
        .knowledgeType(content.knowledgeType())
        .flowchartMermaid(content.flowchartMermaid())
        .flowchartImage(content.flowchartImage())
        .reviewDue(content.reviewDue())
        .build();
  }
}
