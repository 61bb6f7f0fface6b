package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ACTIVITY_LINK;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_PORTAL_SETTING;
import static th.km.persistence.jooq.Tables.TRAINING_KNOWLEDGE_DRAFT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.KnowledgeLinks;
import th.km.core.reading.PortalSettings;
import th.km.core.records.ActivityRef;
import th.km.persistence.PersistenceException;

/**
 * Where assets came from and what the portal shows, on the database (migration V49). A report's
 * draft is keyed by the report, so a second link of the same report is refused by the database
 * even when two are made at once; links to activities and the portal setting are audited.
 */
final class JooqKnowledgeLinks implements KnowledgeLinks, PortalSettings {

  private final OrganizationTransactions transactions;
  private final Clock clock;

  JooqKnowledgeLinks(DSLContext dsl, Clock clock) {
    this.transactions =
        new OrganizationTransactions(
            dsl, "บันทึกที่มาขององค์ความรู้ไม่สำเร็จ / the knowledge link could not be written");
    this.clock = clock;
  }

  @Override
  public Optional<AssetRef> draftOf(
      OrganizationCode organization, FiscalYear year, String trainingReportId) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .flatMap(
                    org ->
                        tx.selectFrom(TRAINING_KNOWLEDGE_DRAFT)
                            .where(TRAINING_KNOWLEDGE_DRAFT.ORGANIZATION_ID.eq(org))
                            .and(TRAINING_KNOWLEDGE_DRAFT.FISCAL_YEAR.eq(year.buddhistYear()))
                            .and(TRAINING_KNOWLEDGE_DRAFT.TRAINING_REPORT_ID.eq(trainingReportId))
                            .fetchOptional()
                            .map(r -> AssetRef.of(r.getAssetYear(), r.getAssetId()))));
  }

  @Override
  public boolean linkDraft(
      OrganizationCode organization, FiscalYear year, String trainingReportId, AssetRef asset) {
    try {
      return transactions.result(
          tx -> {
            long org =
                OrganizationTransactions.organizationId(tx, organization)
                    .orElseThrow(() -> OrganizationTransactions.unknown(organization));
            return tx.insertInto(TRAINING_KNOWLEDGE_DRAFT)
                    .set(TRAINING_KNOWLEDGE_DRAFT.ORGANIZATION_ID, org)
                    .set(TRAINING_KNOWLEDGE_DRAFT.FISCAL_YEAR, year.buddhistYear())
                    .set(TRAINING_KNOWLEDGE_DRAFT.TRAINING_REPORT_ID, trainingReportId)
                    .set(TRAINING_KNOWLEDGE_DRAFT.ASSET_YEAR, asset.year().buddhistYear())
                    .set(TRAINING_KNOWLEDGE_DRAFT.ASSET_ID, asset.assetId())
                    .execute()
                == 1;
          });
    } catch (PersistenceException e) {
      if (JooqReadingLog.duplicate(e.getCause())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<String> reportOf(OrganizationCode organization, AssetRef asset) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .flatMap(
                    org ->
                        tx.select(TRAINING_KNOWLEDGE_DRAFT.TRAINING_REPORT_ID)
                            .from(TRAINING_KNOWLEDGE_DRAFT)
                            .where(TRAINING_KNOWLEDGE_DRAFT.ORGANIZATION_ID.eq(org))
                            .and(TRAINING_KNOWLEDGE_DRAFT.ASSET_YEAR.eq(asset.year().buddhistYear()))
                            .and(TRAINING_KNOWLEDGE_DRAFT.ASSET_ID.eq(asset.assetId()))
                            .fetchOptional(TRAINING_KNOWLEDGE_DRAFT.TRAINING_REPORT_ID)));
  }

  @Override
  public void linkActivity(
      OrganizationCode organization, AssetRef asset, ActivityRef activity, Actor by) {
    transactions.run(
        tx -> {
          long org = OrganizationTransactions.lockedOrganization(tx, organization);
          Optional<ActivityRef> before = activityOf(tx, org, asset);
          tx.deleteFrom(KNOWLEDGE_ACTIVITY_LINK)
              .where(KNOWLEDGE_ACTIVITY_LINK.ORGANIZATION_ID.eq(org))
              .and(KNOWLEDGE_ACTIVITY_LINK.ASSET_YEAR.eq(asset.year().buddhistYear()))
              .and(KNOWLEDGE_ACTIVITY_LINK.ASSET_ID.eq(asset.assetId()))
              .execute();
          tx.insertInto(KNOWLEDGE_ACTIVITY_LINK)
              .set(KNOWLEDGE_ACTIVITY_LINK.ORGANIZATION_ID, org)
              .set(KNOWLEDGE_ACTIVITY_LINK.ASSET_YEAR, asset.year().buddhistYear())
              .set(KNOWLEDGE_ACTIVITY_LINK.ASSET_ID, asset.assetId())
              .set(KNOWLEDGE_ACTIVITY_LINK.GOAL_NUMBER, activity.goal())
              .set(KNOWLEDGE_ACTIVITY_LINK.ACTIVITY_NUMBER, activity.activity())
              .execute();
          AuditEntries.add(
              tx,
              org,
              clock.instant().truncatedTo(ChronoUnit.MICROS),
              by,
              "knowledge_activity_link.set",
              "knowledge_activity_link",
              asset.toString(),
              before.map(a -> activityState(asset, a)).orElse(null),
              activityState(asset, activity));
        });
  }

  @Override
  public Optional<ActivityRef> activityOf(OrganizationCode organization, AssetRef asset) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .flatMap(org -> activityOf(tx, org, asset)));
  }

  private static Optional<ActivityRef> activityOf(DSLContext tx, long org, AssetRef asset) {
    return tx.selectFrom(KNOWLEDGE_ACTIVITY_LINK)
        .where(KNOWLEDGE_ACTIVITY_LINK.ORGANIZATION_ID.eq(org))
        .and(KNOWLEDGE_ACTIVITY_LINK.ASSET_YEAR.eq(asset.year().buddhistYear()))
        .and(KNOWLEDGE_ACTIVITY_LINK.ASSET_ID.eq(asset.assetId()))
        .fetchOptional()
        .map(r -> new ActivityRef(r.getGoalNumber(), r.getActivityNumber()));
  }

  @Override
  public List<AssetRef> assetsOf(
      OrganizationCode organization, FiscalYear year, ActivityRef activity) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .map(
                    org ->
                        tx.selectFrom(KNOWLEDGE_ACTIVITY_LINK)
                            .where(KNOWLEDGE_ACTIVITY_LINK.ORGANIZATION_ID.eq(org))
                            .and(KNOWLEDGE_ACTIVITY_LINK.ASSET_YEAR.eq(year.buddhistYear()))
                            .and(KNOWLEDGE_ACTIVITY_LINK.GOAL_NUMBER.eq(activity.goal()))
                            .and(KNOWLEDGE_ACTIVITY_LINK.ACTIVITY_NUMBER.eq(activity.activity()))
                            .orderBy(KNOWLEDGE_ACTIVITY_LINK.ID)
                            .fetch(r -> AssetRef.of(r.getAssetYear(), r.getAssetId())))
                .orElse(List.of()));
  }

  @Override
  public boolean showsAuthors(OrganizationCode organization) {
    return transactions.result(
        tx ->
            OrganizationTransactions.organizationId(tx, organization)
                .flatMap(
                    org ->
                        tx.select(KNOWLEDGE_PORTAL_SETTING.SHOW_AUTHORS)
                            .from(KNOWLEDGE_PORTAL_SETTING)
                            .where(KNOWLEDGE_PORTAL_SETTING.ORGANIZATION_ID.eq(org))
                            .fetchOptional(KNOWLEDGE_PORTAL_SETTING.SHOW_AUTHORS))
                .orElse(false));
  }

  @Override
  public void showAuthors(OrganizationCode organization, boolean show, Actor by) {
    transactions.run(
        tx -> {
          long org = OrganizationTransactions.lockedOrganization(tx, organization);
          Optional<Boolean> before =
              tx.select(KNOWLEDGE_PORTAL_SETTING.SHOW_AUTHORS)
                  .from(KNOWLEDGE_PORTAL_SETTING)
                  .where(KNOWLEDGE_PORTAL_SETTING.ORGANIZATION_ID.eq(org))
                  .fetchOptional(KNOWLEDGE_PORTAL_SETTING.SHOW_AUTHORS);
          tx.deleteFrom(KNOWLEDGE_PORTAL_SETTING)
              .where(KNOWLEDGE_PORTAL_SETTING.ORGANIZATION_ID.eq(org))
              .execute();
          tx.insertInto(KNOWLEDGE_PORTAL_SETTING)
              .set(KNOWLEDGE_PORTAL_SETTING.ORGANIZATION_ID, org)
              .set(KNOWLEDGE_PORTAL_SETTING.SHOW_AUTHORS, show)
              .execute();
          AuditEntries.add(
              tx,
              org,
              clock.instant().truncatedTo(ChronoUnit.MICROS),
              by,
              "knowledge_portal_setting.set",
              "knowledge_portal_setting",
              organization.value(),
              settingState(before.orElse(false)),
              settingState(show));
        });
  }

  private static ObjectNode activityState(AssetRef asset, ActivityRef activity) {
    ObjectNode state = AuditEntries.state();
    state.put("asset", asset.toString());
    state.put("activity", activity.toString());
    return state;
  }

  private static ObjectNode settingState(boolean show) {
    ObjectNode state = AuditEntries.state();
    state.put("showAuthors", show);
    return state;
  }
}
