package th.km.persistence.knowledge;

import static th.km.persistence.jooq.Tables.KNOWLEDGE_CONTENT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_STATE_CHANGE;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_TAG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;
import th.km.persistence.jooq.tables.records.KnowledgeContentRecord;

/**
 * Maps the versions of an asset's content, their tags and their moves to rows and back. A version's
 * row is written once; only its state changes, and each change adds a row of its own.
 */
final class ContentRows {

  private ContentRows() {}

  /** Adds the version and its tags. */
  static void insert(DSLContext tx, long organization, KnowledgeContent c) {
    long id =
        tx.insertInto(KNOWLEDGE_CONTENT)
            .set(KNOWLEDGE_CONTENT.ORGANIZATION_ID, organization)
            .set(KNOWLEDGE_CONTENT.FISCAL_YEAR, c.fiscalYear().buddhistYear())
            .set(KNOWLEDGE_CONTENT.ASSET_ID, c.assetId())
            .set(KNOWLEDGE_CONTENT.CONTENT_VERSION, c.version())
            .set(KNOWLEDGE_CONTENT.TITLE, c.title())
            .set(KNOWLEDGE_CONTENT.BODY, c.body())
            .set(KNOWLEDGE_CONTENT.ASSET_KIND, c.kind().name())
            .set(KNOWLEDGE_CONTENT.DIVISION_CODE, c.division().map(DivisionCode::value).orElse(null))
            .set(KNOWLEDGE_CONTENT.KM_STEP, c.step().map(Enum::name).orElse(null))
            .set(KNOWLEDGE_CONTENT.KNOWLEDGE_TYPE, c.knowledgeType().name())
            .set(KNOWLEDGE_CONTENT.FLOWCHART_MERMAID, c.flowchartMermaid().orElse(null))
            .set(KNOWLEDGE_CONTENT.FLOWCHART_ATTACHMENT_ID, c.flowchartImage().orElse(null))
            .set(KNOWLEDGE_CONTENT.STATE, c.state().name())
            .set(KNOWLEDGE_CONTENT.REVIEW_DUE, c.reviewDue().orElse(null))
            .set(KNOWLEDGE_CONTENT.CHANGED_BY, c.changedBy())
            .set(KNOWLEDGE_CONTENT.CHANGED_AT, timestamp(c.changedAt()))
            .set(KNOWLEDGE_CONTENT.CHANGE_NOTE, c.changeNote())
            .returning(KNOWLEDGE_CONTENT.ID)
            .fetchSingle(KNOWLEDGE_CONTENT.ID);
    for (int i = 0; i < c.tags().size(); i++) {
      tx.insertInto(KNOWLEDGE_TAG)
          .set(KNOWLEDGE_TAG.KNOWLEDGE_CONTENT_ID, id)
          .set(KNOWLEDGE_TAG.ORGANIZATION_ID, organization)
          .set(KNOWLEDGE_TAG.ORDINAL, i)
          .set(KNOWLEDGE_TAG.TAG, c.tags().get(i))
          .execute();
    }
  }

  /** Moves the version to the state and records the move. */
  static void move(
      DSLContext tx, long organization, KnowledgeContent c, KnowledgeState to, String by, Instant at) {
    tx.update(KNOWLEDGE_CONTENT)
        .set(KNOWLEDGE_CONTENT.STATE, to.name())
        .where(version(organization, c.fiscalYear(), c.assetId(), c.version()))
        .execute();
    tx.insertInto(KNOWLEDGE_STATE_CHANGE)
        .set(KNOWLEDGE_STATE_CHANGE.ORGANIZATION_ID, organization)
        .set(KNOWLEDGE_STATE_CHANGE.FISCAL_YEAR, c.fiscalYear().buddhistYear())
        .set(KNOWLEDGE_STATE_CHANGE.ASSET_ID, c.assetId())
        .set(KNOWLEDGE_STATE_CHANGE.CONTENT_VERSION, c.version())
        .set(KNOWLEDGE_STATE_CHANGE.FROM_STATE, c.state().name())
        .set(KNOWLEDGE_STATE_CHANGE.TO_STATE, to.name())
        .set(KNOWLEDGE_STATE_CHANGE.CHANGED_BY, by)
        .set(KNOWLEDGE_STATE_CHANGE.CHANGED_AT, timestamp(at))
        .execute();
  }

  /** Every version of the asset, oldest first. */
  static List<KnowledgeContent> versions(
      DSLContext tx, long organization, FiscalYear year, String assetId) {
    return read(
        tx,
        KNOWLEDGE_CONTENT
            .ORGANIZATION_ID
            .eq(organization)
            .and(KNOWLEDGE_CONTENT.FISCAL_YEAR.eq(year.buddhistYear()))
            .and(KNOWLEDGE_CONTENT.ASSET_ID.eq(assetId)));
  }

  /** Every version of every asset of the organization (of the year, when given), oldest first. */
  static List<KnowledgeContent> all(DSLContext tx, long organization, Optional<FiscalYear> year) {
    Condition which = KNOWLEDGE_CONTENT.ORGANIZATION_ID.eq(organization);
    if (year.isPresent()) {
      which = which.and(KNOWLEDGE_CONTENT.FISCAL_YEAR.eq(year.get().buddhistYear()));
    }
    return read(tx, which);
  }

  /** The moves of the asset's versions, oldest first. */
  static List<StateChange> changes(DSLContext tx, long organization, FiscalYear year, String assetId) {
    return tx.selectFrom(KNOWLEDGE_STATE_CHANGE)
        .where(KNOWLEDGE_STATE_CHANGE.ORGANIZATION_ID.eq(organization))
        .and(KNOWLEDGE_STATE_CHANGE.FISCAL_YEAR.eq(year.buddhistYear()))
        .and(KNOWLEDGE_STATE_CHANGE.ASSET_ID.eq(assetId))
        .orderBy(KNOWLEDGE_STATE_CHANGE.ID)
        .fetch(
            r ->
                new StateChange(
                    r.getContentVersion(),
                    KnowledgeState.valueOf(r.getFromState()),
                    KnowledgeState.valueOf(r.getToState()),
                    r.getChangedBy(),
                    r.getChangedAt().toInstant()));
  }

  private static List<KnowledgeContent> read(DSLContext tx, Condition which) {
    Map<Long, KnowledgeContentRecord> rows = new LinkedHashMap<>();
    tx.selectFrom(KNOWLEDGE_CONTENT)
        .where(which)
        .orderBy(
            KNOWLEDGE_CONTENT.FISCAL_YEAR, KNOWLEDGE_CONTENT.ASSET_ID, KNOWLEDGE_CONTENT.CONTENT_VERSION)
        .fetch()
        .forEach(r -> rows.put(r.getId(), r));
    Map<Long, List<String>> tags = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      tx.select(KNOWLEDGE_TAG.KNOWLEDGE_CONTENT_ID, KNOWLEDGE_TAG.TAG)
          .from(KNOWLEDGE_TAG)
          .join(KNOWLEDGE_CONTENT)
          .on(KNOWLEDGE_CONTENT.ID.eq(KNOWLEDGE_TAG.KNOWLEDGE_CONTENT_ID))
          .where(which)
          .orderBy(KNOWLEDGE_TAG.KNOWLEDGE_CONTENT_ID, KNOWLEDGE_TAG.ORDINAL)
          .fetch()
          .forEach(
              r -> tags.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    }
    List<KnowledgeContent> out = new ArrayList<>(rows.size());
    for (KnowledgeContentRecord r : rows.values()) {
      out.add(content(r, tags.getOrDefault(r.getId(), List.of())));
    }
    return out;
  }

  private static KnowledgeContent content(KnowledgeContentRecord r, List<String> tags) {
    return KnowledgeContent.builder()
        .fiscalYear(FiscalYear.ofBuddhistYear(r.getFiscalYear()))
        .assetId(r.getAssetId())
        .version(r.getContentVersion())
        .title(r.getTitle())
        .body(r.getBody())
        .kind(AssetKind.valueOf(r.getAssetKind()))
        .division(Optional.ofNullable(r.getDivisionCode()).map(DivisionCode::new))
        .step(Optional.ofNullable(r.getKmStep()).map(KmProcessStep::valueOf))
        .tags(tags)
        .knowledgeType(KnowledgeType.valueOf(r.getKnowledgeType()))
        .flowchartMermaid(Optional.ofNullable(r.getFlowchartMermaid()))
        .flowchartImage(Optional.ofNullable(r.getFlowchartAttachmentId()))
        .state(KnowledgeState.valueOf(r.getState()))
        .reviewDue(Optional.ofNullable(r.getReviewDue()))
        .changedBy(r.getChangedBy())
        .changedAt(r.getChangedAt().toInstant())
        .changeNote(r.getChangeNote())
        .build();
  }

  private static Condition version(long organization, FiscalYear year, String assetId, int version) {
    return KNOWLEDGE_CONTENT
        .ORGANIZATION_ID
        .eq(organization)
        .and(KNOWLEDGE_CONTENT.FISCAL_YEAR.eq(year.buddhistYear()))
        .and(KNOWLEDGE_CONTENT.ASSET_ID.eq(assetId))
        .and(KNOWLEDGE_CONTENT.CONTENT_VERSION.eq(version));
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
