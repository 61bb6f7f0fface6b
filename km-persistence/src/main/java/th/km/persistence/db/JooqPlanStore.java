package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import static com.google.common.base.Preconditions.checkArgument;
import static th.km.persistence.jooq.Tables.PLAN;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.ApprovalResult;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanStore;
import th.km.core.store.PlanVersion;
import th.km.core.store.SaveResult;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.tables.records.AuditLogRecord;
import th.km.persistence.jooq.tables.records.OrganizationRecord;
import th.km.persistence.jooq.tables.records.PlanRecord;

/**
 * The plan store on the database: every method one transaction. Writes to an organization's plans
 * first lock the organization's row, so that saves and approvals of one organization happen one
 * after another while other organizations go on undisturbed. Every row a write changes gets an
 * entry in the audit log, in the same transaction, naming the store's actor.
 */
final class JooqPlanStore implements PlanStore {

  private static final String ORGANIZATIONS =
      "SELECT code, type, name, english_name, district, province, province_code"
          + " FROM organization ORDER BY code";

  private final DSLContext dsl;
  private final Clock clock;
  private final Actor actor;

  JooqPlanStore(DSLContext dsl, Clock clock, Actor actor) {
    this.dsl = dsl;
    this.clock = clock;
    this.actor = actor;
  }

  @Override
  public PlanVersion saveDraft(KmPlan plan) {
    return switch (save(plan, OptionalInt.empty())) {
      case SaveResult.Saved saved -> saved.version();
      case SaveResult.Stale stale ->
          throw new IllegalStateException("a save based on no version cannot be stale: " + stale);
    };
  }

  @Override
  public SaveResult saveDraft(KmPlan plan, int basedOn) {
    checkArgument(basedOn >= 1, "a plan version number is positive, got %s", basedOn);
    return save(plan, OptionalInt.of(basedOn));
  }

  private SaveResult save(KmPlan plan, OptionalInt basedOn) {
    return inTransaction(tx -> save(tx, plan, basedOn));
  }

  /**
   * Saves the plan in the caller's transaction {@code tx}: the bulk import's, which holds the
   * organization's records too, so that no savepoint (two more round trips) is needed.
   */
  SaveResult save(DSLContext tx, KmPlan plan, OptionalInt basedOn) {
    return save(tx, plan, basedOn, null);
  }

  /**
   * Like {@link #save(DSLContext, KmPlan, OptionalInt)}, the plan's content on H2 inserted through
   * the bulk import's kept statements ({@link HeldStatements}) when it gives them.
   */
  SaveResult save(
      DSLContext tx, KmPlan plan, OptionalInt basedOn, @Nullable HeldStatements statements) {
    return saveInTransaction(tx, plan, basedOn, statements).result();
  }

  /**
   * A save in the caller's transaction: its result and, unless stale, the organization's row id
   * and whether this transaction registered the organization (which then holds nothing else).
   */
  record InTransaction(SaveResult result, OptionalLong organizationId, boolean registered) {}

  /** Like {@link #save(DSLContext, KmPlan, OptionalInt, HeldStatements)}, telling more. */
  InTransaction saveInTransaction(
      DSLContext tx, KmPlan plan, OptionalInt basedOn, @Nullable HeldStatements statements) {
    Instant savedAt = now();
    OrganizationCode code = plan.organization().code();
    FiscalYear year = plan.fiscalYear();
    Optional<OrganizationRecord> existing = OrganizationRows.lock(tx, code);
    Optional<PlanRecord> latest = existing.flatMap(o -> latestRow(tx, o.getId(), year));
    if (basedOn.isPresent()) {
      int latestNumber = latest.map(PlanRecord::getPlanVersion).orElse(0);
      if (latestNumber != basedOn.getAsInt()) {
        return new InTransaction(
            new SaveResult.Stale(
                basedOn.getAsInt(), latest.map(r -> PlanVersionRows.version(r, code))),
            OptionalLong.empty(),
            false);
      }
    }
    Optional<OrganizationRows.Registration> registration =
        existing.isPresent()
            ? Optional.empty()
            : Optional.of(
                OrganizationRows.registration(
                    tx, plan.organization(), savedAt, actor, statements));
    OrganizationRecord organization =
        registration.map(OrganizationRows.Registration::row).orElseGet(existing::orElseThrow);
    OrganizationRows.updateDetails(tx, organization, plan.organization(), savedAt, actor);
    latest.filter(r -> !r.getLocked()).ifPresent(r -> lock(tx, r, code, savedAt));
    int number = latest.map(r -> r.getPlanVersion() + 1).orElse(1);
    PlanRecord row =
        PlanVersionRows.newDraft(
            new PlanRecord(), organization.getId(), plan, number, savedAt);
    // The bulk import's plan row and audit entry through its statements prepared once per run:
    // jOOQ would render them, and H2 parse them, anew for every organization.
    long planId = HeldStatements.insertReturningId(tx, statements, row, PLAN.ID);
    PlanContentRows.insert(tx, planId, organization.getId(), plan, statements);
    PlanVersion saved = PlanVersionRows.version(row, code);
    AuditLogRecord entry =
        AuditEntries.entry(
            organization.getId(),
            savedAt,
            actor,
            "plan.save-draft",
            "plan",
            AuditTrail.planId(saved),
            null,
            AuditTrail.planState(saved, row.getTitle()));
    HeldStatements.insert(tx, statements, entry);
    return new InTransaction(
        new SaveResult.Saved(saved),
        OptionalLong.of(organization.getId()),
        registration.map(OrganizationRows.Registration::inserted).orElse(false));
  }

  @Override
  public ApprovalResult approve(OrganizationCode organization, FiscalYear fiscalYear, int number) {
    Instant approvedAt = now();
    return inTransaction(
        tx -> {
          Optional<PlanRecord> found =
              OrganizationRows.lock(tx, organization)
                  .flatMap(
                      o ->
                          tx.selectFrom(PLAN)
                              .where(PLAN.ORGANIZATION_ID.eq(o.getId()))
                              .and(PLAN.FISCAL_YEAR.eq(fiscalYear.buddhistYear()))
                              .and(PLAN.PLAN_VERSION.eq(number))
                              .fetchOptional());
          if (found.isEmpty()) {
            return new ApprovalResult.NotFound(organization, fiscalYear, number);
          }
          PlanRecord row = found.get();
          PlanVersion before = PlanVersionRows.version(row, organization);
          if (row.getLocked()) {
            return new ApprovalResult.Locked(before);
          }
          row.setStatus(PlanStatus.APPROVED.name())
              .setLocked(true)
              .setApprovedAt(PlanVersionRows.timestamp(approvedAt));
          int updated =
              tx.update(PLAN)
                  .set(PLAN.STATUS, row.getStatus())
                  .set(PLAN.LOCKED, true)
                  .set(PLAN.APPROVED_AT, row.getApprovedAt())
                  .set(PLAN.VERSION, PLAN.VERSION.plus(1))
                  .where(PLAN.ID.eq(row.getId()))
                  .and(PLAN.VERSION.eq(row.getVersion()))
                  .execute();
          expectOne(updated, "approve", organization, fiscalYear, number);
          PlanVersion after = PlanVersionRows.version(row, organization);
          AuditEntries.add(
              tx,
              row.getOrganizationId(),
              approvedAt,
              actor,
              "plan.approve",
              "plan",
              AuditTrail.planId(after),
              AuditTrail.planState(before, row.getTitle()),
              AuditTrail.planState(after, row.getTitle()));
          return new ApprovalResult.Approved(after);
        });
  }

  @Override
  public Optional<StoredPlan> latest(OrganizationCode organization, FiscalYear fiscalYear) {
    return inTransaction(tx -> latest(tx, organization, fiscalYear));
  }

  /** The latest version, read in the caller's transaction {@code tx}. */
  static Optional<StoredPlan> latest(
      DSLContext tx, OrganizationCode organization, FiscalYear fiscalYear) {
    return OrganizationRows.id(tx, organization)
        .flatMap(id -> latestRow(tx, id, fiscalYear))
        .map(row -> stored(tx, row, organization));
  }

  @Override
  public Optional<StoredPlan> approved(OrganizationCode organization, FiscalYear fiscalYear) {
    return inTransaction(
        tx ->
            OrganizationRows.id(tx, organization)
                .flatMap(
                    id ->
                        tx.selectFrom(PLAN)
                            .where(PLAN.ORGANIZATION_ID.eq(id))
                            .and(PLAN.FISCAL_YEAR.eq(fiscalYear.buddhistYear()))
                            .and(PLAN.STATUS.eq(PlanStatus.APPROVED.name()))
                            .orderBy(PLAN.PLAN_VERSION.desc())
                            .limit(1)
                            .fetchOptional())
                .map(row -> stored(tx, row, organization)));
  }

  @Override
  public Optional<StoredPlan> version(OrganizationCode organization, FiscalYear fiscalYear, int number) {
    return inTransaction(
        tx ->
            OrganizationRows.id(tx, organization)
                .flatMap(
                    id ->
                        tx.selectFrom(PLAN)
                            .where(PLAN.ORGANIZATION_ID.eq(id))
                            .and(PLAN.FISCAL_YEAR.eq(fiscalYear.buddhistYear()))
                            .and(PLAN.PLAN_VERSION.eq(number))
                            .fetchOptional())
                .map(row -> stored(tx, row, organization)));
  }

  @Override
  public List<PlanVersion> versions(OrganizationCode organization, FiscalYear fiscalYear) {
    return inTransaction(
        tx ->
            OrganizationRows.id(tx, organization)
                .map(
                    id ->
                        tx.selectFrom(PLAN)
                            .where(PLAN.ORGANIZATION_ID.eq(id))
                            .and(PLAN.FISCAL_YEAR.eq(fiscalYear.buddhistYear()))
                            .orderBy(PLAN.PLAN_VERSION)
                            .fetch(row -> PlanVersionRows.version(row, organization)))
                .orElse(List.of()));
  }

  @Override
  public List<FiscalYear> fiscalYears(OrganizationCode organization) {
    return inTransaction(
        tx ->
            OrganizationRows.id(tx, organization)
                .map(
                    id ->
                        tx.selectDistinct(PLAN.FISCAL_YEAR)
                            .from(PLAN)
                            .where(PLAN.ORGANIZATION_ID.eq(id))
                            .orderBy(PLAN.FISCAL_YEAR)
                            .fetch(r -> FiscalYear.ofBuddhistYear(r.value1())))
                .orElse(List.of()));
  }

  /**
   * {@inheritDoc} Read through plain JDBC, so that {@code km evaluate --all} makes no jOOQ record
   * of km's tables ({@link StoredRow}).
   */
  @Override
  public List<Organization> organizations() {
    return inTransaction(
        tx ->
            tx.connectionResult(
                c -> {
                  List<Organization> all = new ArrayList<>();
                  try (PreparedStatement s = c.prepareStatement(ORGANIZATIONS);
                      ResultSet r = s.executeQuery()) {
                    StoredRow row = StoredRow.current(r);
                    while (r.next()) {
                      all.add(OrganizationRows.organization(row));
                    }
                  }
                  return all;
                }));
  }

  private static StoredPlan stored(DSLContext tx, PlanRecord row, OrganizationCode organization) {
    return new StoredPlan(
        PlanVersionRows.version(row, organization), PlanContentRows.read(tx, row, organization));
  }


  private static Optional<PlanRecord> latestRow(
      DSLContext tx, long organizationId, FiscalYear year) {
    return tx.selectFrom(PLAN)
        .where(PLAN.ORGANIZATION_ID.eq(organizationId))
        .and(PLAN.FISCAL_YEAR.eq(year.buddhistYear()))
        .orderBy(PLAN.PLAN_VERSION.desc())
        .limit(1)
        .fetchOptional();
  }

  /** Locks the version a new save supersedes. */
  private void lock(DSLContext tx, PlanRecord row, OrganizationCode code, Instant at) {
    PlanVersion before = PlanVersionRows.version(row, code);
    int updated =
        tx.update(PLAN)
            .set(PLAN.LOCKED, true)
            .set(PLAN.VERSION, PLAN.VERSION.plus(1))
            .where(PLAN.ID.eq(row.getId()))
            .and(PLAN.VERSION.eq(row.getVersion()))
            .execute();
    if (updated != 1) {
      throw new PersistenceException(
          "ฉบับที่ "
              + row.getPlanVersion()
              + " ของแผนถูกแก้ไขพร้อมกันจากที่อื่น / version "
              + row.getPlanVersion()
              + " of the plan was changed by someone else at the same time");
    }
    PlanVersion after = PlanVersionRows.version(row.setLocked(true), code);
    AuditEntries.add(
        tx,
        row.getOrganizationId(),
        at,
        actor,
        "plan.supersede",
        "plan",
        AuditTrail.planId(after),
        AuditTrail.planState(before, row.getTitle()),
        AuditTrail.planState(after, row.getTitle()));
  }

  private static void expectOne(
      int updated, String what, OrganizationCode organization, FiscalYear year, int number) {
    if (updated != 1) {
      throw new PersistenceException(
          "แผนของ "
              + organization
              + " ปี "
              + year.buddhistYear()
              + " ฉบับที่ "
              + number
              + " ถูกแก้ไขพร้อมกันจากที่อื่น / could not "
              + what
              + " version "
              + number
              + " of the plan of "
              + organization
              + " for "
              + year
              + ": it was changed by someone else at the same time");
    }
  }

  private Instant now() {
    // Both engines keep microseconds; a version read back must equal the one returned.
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private <T> T inTransaction(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านหรือเขียนฐานข้อมูลไม่สำเร็จ / the database could not be read or written: "
              + e.getMessage(),
          e);
    }
  }
}
