package th.km.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;

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
 * One version of a knowledge asset's content (เนื้อหาองค์ความรู้): what it says in Markdown, what it
 * is and whose, where it stands in the workflow, and who made this version, when and why. The asset
 * itself is the year's record of the same id ({@link th.km.core.records.KnowledgeAsset}).
 */
@Value.Immutable
public abstract class AbstractKnowledgeContent {

  /** The longest title, in characters. */
  public static final int MAX_TITLE = 300;

  /** The longest body, in characters. */
  public static final int MAX_BODY = 200_000;

  /** The longest Mermaid flowchart, in characters. */
  public static final int MAX_FLOWCHART = 20_000;

  /** The most tags. */
  public static final int MAX_TAGS = 20;

  /** The longest tag, in characters. */
  public static final int MAX_TAG = 60;

  /** The longest change note, in characters. */
  public static final int MAX_NOTE = 500;

  /** The fiscal year whose records hold the asset. */
  public abstract FiscalYear fiscalYear();

  /** The record id of the knowledge asset, such as {@code asset-3}, unique in its year. */
  public abstract String assetId();

  /** The version's number, from 1. */
  public abstract int version();

  public abstract String title();

  /** The text, in Markdown; rendered with raw HTML escaped. */
  public abstract String body();

  public abstract AssetKind kind();

  /** The division that owns the asset; empty for an organization-wide one. */
  public abstract Optional<DivisionCode> division();

  /** The step of the KM process the knowledge serves, if one. */
  public abstract Optional<KmProcessStep> step();

  /** Words to find and group it by, each trimmed and without repeats. */
  public abstract List<String> tags();

  public abstract KnowledgeType knowledgeType();

  /** A work manual's process flowchart (แผนผังขั้นตอน) as Mermaid text, drawn in the browser. */
  public abstract Optional<String> flowchartMermaid();

  /** A work manual's process flowchart as an attached picture: the attachment's id. */
  public abstract Optional<Long> flowchartImage();

  /** Where this version stands in the workflow. */
  public abstract KnowledgeState state();

  /** The day by which the content should be reviewed again (วันที่ต้องทบทวน). */
  public abstract Optional<LocalDate> reviewDue();

  /** The account that made this version. */
  public abstract String changedBy();

  public abstract Instant changedAt();

  /** What changed and why, in the author's words; may be empty. */
  @Value.Default
  public String changeNote() {
    return "";
  }

  /** Whether the content has a flowchart, as text or picture. */
  public boolean hasFlowchart() {
    return flowchartMermaid().isPresent() || flowchartImage().isPresent();
  }

  /** Whether the review-due day has passed on the day. */
  public boolean reviewOverdue(LocalDate today) {
    return reviewDue().map(today::isAfter).orElse(false);
  }

  @Value.Check
  protected void check() {
    checkArgument(!assetId().isBlank(), "knowledge content has a blank asset id");
    checkArgument(version() >= 1, "knowledge asset %s has version %s, not 1 or more", assetId(), version());
    checkArgument(!title().isBlank(), "knowledge asset %s has a blank title", assetId());
    checkArgument(
        title().length() <= MAX_TITLE, "knowledge asset %s has a title longer than %s", assetId(), MAX_TITLE);
    checkArgument(
        body().length() <= MAX_BODY, "knowledge asset %s has a body longer than %s", assetId(), MAX_BODY);
    checkArgument(tags().size() <= MAX_TAGS, "knowledge asset %s has more than %s tags", assetId(), MAX_TAGS);
    for (String tag : tags()) {
      checkArgument(
          !tag.isBlank() && tag.strip().equals(tag) && tag.length() <= MAX_TAG,
          "knowledge asset %s has a tag that is blank, untrimmed or too long: '%s'",
          assetId(),
          tag);
    }
    checkArgument(
        tags().stream().distinct().count() == tags().size(),
        "knowledge asset %s repeats a tag: %s",
        assetId(),
        tags());
    flowchartMermaid()
        .ifPresent(
            m ->
                checkArgument(
                    !m.isBlank() && m.length() <= MAX_FLOWCHART,
                    "knowledge asset %s has a blank or too long flowchart",
                    assetId()));
    checkArgument(
        !hasFlowchart() || kind() == AssetKind.WORK_MANUAL,
        "knowledge asset %s is a %s, only a work manual has a flowchart",
        assetId(),
        kind().englishName());
    checkArgument(!changedBy().isBlank(), "knowledge asset %s names nobody who changed it", assetId());
    checkArgument(
        changeNote().length() <= MAX_NOTE, "knowledge asset %s has a change note longer than %s", assetId(), MAX_NOTE);
  }
}
