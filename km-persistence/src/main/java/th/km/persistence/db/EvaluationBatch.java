package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.EVALUATION_NATIONAL;
import static th.km.persistence.jooq.Tables.EVALUATION_ORGANIZATION;
import static th.km.persistence.jooq.Tables.EVALUATION_PROVINCE;
import static th.km.persistence.jooq.Tables.EVALUATION_RESULT;
import static th.km.persistence.jooq.Tables.EVALUATION_RUN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.evaluation.IndicatorSubject;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.Organization;
import th.km.core.rollup.ProvinceGroup;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.tables.records.EvaluationOrganizationRecord;
import th.km.persistence.jooq.tables.records.EvaluationResultRecord;

/**
 * One batch evaluation being stored: organizations' results are added as they are evaluated and
 * written in chunks, unseen by readers, and {@link #store} then replaces the year's earlier batch
 * with this one in one transaction, writing the province and national roll-ups on the way (see the
 * migration {@code V36__evaluation_results.sql}). Closing a batch that was not stored deletes what
 * it wrote. Memory holds one chunk of organizations, however many the batch has.
 */
public final class EvaluationBatch implements AutoCloseable {

  /** How many organizations' rows are written in one transaction while the batch runs. */
  static final int ORGANIZATIONS_PER_WRITE = 64;

  /** The scale of stored values: the column's; a longer fraction is rounded half-even. */
  private static final int VALUE_SCALE = 12;

  private final DSLContext dsl;
  private final Clock clock;
  private final FiscalYear year;
  private final long runId;
  private final List<EvaluationOrganizationRecord> organizations = new ArrayList<>();
  private final List<EvaluationResultRecord> results = new ArrayList<>();
  private boolean stored;

  private EvaluationBatch(DSLContext dsl, Clock clock, FiscalYear year, long runId) {
    this.dsl = dsl;
    this.clock = clock;
    this.year = year;
    this.runId = runId;
  }

  static EvaluationBatch start(DSLContext dsl, Clock clock, FiscalYear year, LocalDate asOf) {
    try {
      Long id =
          dsl.insertInto(EVALUATION_RUN)
              .set(EVALUATION_RUN.FISCAL_YEAR, year.buddhistYear())
              .set(EVALUATION_RUN.AS_OF, asOf)
              .set(EVALUATION_RUN.STARTED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
              .returning(EVALUATION_RUN.ID)
              .fetchOne(EVALUATION_RUN.ID);
      if (id == null) {
        throw new PersistenceException("the database gave no id to the new evaluation batch");
      }
      return new EvaluationBatch(dsl, clock, year, id);
    } catch (DataAccessException e) {
      throw failure("เริ่มเก็บผลการประเมินไม่ได้ / cannot start storing the evaluation", e);
    }
  }

  /** Adds an evaluated organization: its indicators' results and their counts. */
  public void add(Organization organization, ProvinceGroup province, Evaluation evaluation) {
    String code = organization.code().value();
    int ordinal = 0;
    for (IndicatorResult r : evaluation.results()) {
      EvaluationResultRecord row = dsl.newRecord(EVALUATION_RESULT);
      row.setRunId(runId).setOrganizationCode(code).setOrdinal(ordinal++);
      switch (r.subject()) {
        case IndicatorSubject.Activity a -> row.setGoal(a.goal()).setActivity(a.activity());
        case IndicatorSubject.Monitoring m -> row.setMonitoringRule(m.ruleKey());
      }
      row.setIndicatorNumber(r.indicatorNumber())
          .setStatus(r.status().name())
          .setResultValue(r.value().map(EvaluationBatch::scaled).orElse(null))
          .setUnit(r.unit().name())
          .setNumerator(r.numerator().isPresent() ? r.numerator().getAsLong() : null)
          .setDenominator(r.denominator().isPresent() ? r.denominator().getAsLong() : null);
      results.add(row);
    }
    organizations.add(organizationRow(organization, province, evaluation.rollups().organization(), null));
    flushWhenFull();
  }

  /** Adds an organization that could not be evaluated, with why; its indicators count nowhere. */
  public void failed(Organization organization, ProvinceGroup province, LocalizedText problem) {
    organizations.add(organizationRow(organization, province, StatusCounts.none(), problem));
    flushWhenFull();
  }

  /**
   * Makes this batch the year's stored results: writes what is still held, rolls the organizations
   * up by province and for the nation, and deletes every other batch of the year, in one
   * transaction.
   */
  public void store() {
    flush();
    try {
      dsl.transaction(
          c -> {
            DSLContext tx = c.dsl();
            tx.insertInto(
                    EVALUATION_PROVINCE,
                    EVALUATION_PROVINCE.RUN_ID,
                    EVALUATION_PROVINCE.PROVINCE_CODE,
                    EVALUATION_PROVINCE.PROVINCE_NAME,
                    EVALUATION_PROVINCE.ORGANIZATIONS,
                    EVALUATION_PROVINCE.FAILED,
                    EVALUATION_PROVINCE.MET,
                    EVALUATION_PROVINCE.NOT_MET,
                    EVALUATION_PROVINCE.ON_TRACK,
                    EVALUATION_PROVINCE.AT_RISK,
                    EVALUATION_PROVINCE.NO_DATA,
                    EVALUATION_PROVINCE.REPORT_ONLY)
                .select(
                    tx.select(
                            DSL.val(runId),
                            EVALUATION_ORGANIZATION.PROVINCE_CODE,
                            DSL.min(EVALUATION_ORGANIZATION.PROVINCE_NAME),
                            DSL.count(),
                            failedCount(),
                            sum(EVALUATION_ORGANIZATION.MET),
                            sum(EVALUATION_ORGANIZATION.NOT_MET),
                            sum(EVALUATION_ORGANIZATION.ON_TRACK),
                            sum(EVALUATION_ORGANIZATION.AT_RISK),
                            sum(EVALUATION_ORGANIZATION.NO_DATA),
                            sum(EVALUATION_ORGANIZATION.REPORT_ONLY))
                        .from(EVALUATION_ORGANIZATION)
                        .where(EVALUATION_ORGANIZATION.RUN_ID.eq(runId))
                        .groupBy(EVALUATION_ORGANIZATION.PROVINCE_CODE))
                .execute();
            tx.insertInto(
                    EVALUATION_NATIONAL,
                    EVALUATION_NATIONAL.RUN_ID,
                    EVALUATION_NATIONAL.PROVINCES,
                    EVALUATION_NATIONAL.ORGANIZATIONS,
                    EVALUATION_NATIONAL.FAILED,
                    EVALUATION_NATIONAL.MET,
                    EVALUATION_NATIONAL.NOT_MET,
                    EVALUATION_NATIONAL.ON_TRACK,
                    EVALUATION_NATIONAL.AT_RISK,
                    EVALUATION_NATIONAL.NO_DATA,
                    EVALUATION_NATIONAL.REPORT_ONLY)
                .select(
                    tx.select(
                            DSL.val(runId),
                            DSL.count().cast(Integer.class),
                            sum(EVALUATION_PROVINCE.ORGANIZATIONS),
                            sum(EVALUATION_PROVINCE.FAILED),
                            sum(EVALUATION_PROVINCE.MET),
                            sum(EVALUATION_PROVINCE.NOT_MET),
                            sum(EVALUATION_PROVINCE.ON_TRACK),
                            sum(EVALUATION_PROVINCE.AT_RISK),
                            sum(EVALUATION_PROVINCE.NO_DATA),
                            sum(EVALUATION_PROVINCE.REPORT_ONLY))
                        .from(EVALUATION_PROVINCE)
                        .where(EVALUATION_PROVINCE.RUN_ID.eq(runId)))
                .execute();
            tx.update(EVALUATION_RUN)
                .set(EVALUATION_RUN.STORED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .where(EVALUATION_RUN.ID.eq(runId))
                .execute();
            tx.deleteFrom(EVALUATION_RUN)
                .where(EVALUATION_RUN.FISCAL_YEAR.eq(year.buddhistYear()))
                .and(EVALUATION_RUN.ID.ne(runId))
                .execute();
          });
      stored = true;
    } catch (DataAccessException e) {
      throw failure("เก็บผลการประเมินไม่ได้ / cannot store the evaluation", e);
    }
  }

  /** Deletes what the batch wrote unless it was stored. */
  @Override
  public void close() {
    if (stored) {
      return;
    }
    organizations.clear();
    results.clear();
    try {
      dsl.deleteFrom(EVALUATION_RUN).where(EVALUATION_RUN.ID.eq(runId)).execute();
    } catch (DataAccessException e) {
      throw failure("ลบผลการประเมินที่เก็บไม่สำเร็จไม่ได้ / cannot delete an unfinished evaluation", e);
    }
  }

  private EvaluationOrganizationRecord organizationRow(
      Organization organization, ProvinceGroup province, StatusCounts counts, @Nullable LocalizedText problem) {
    EvaluationOrganizationRecord row = dsl.newRecord(EVALUATION_ORGANIZATION);
    return row.setRunId(runId)
        .setOrganizationCode(organization.code().value())
        .setOrganizationName(organization.fullName())
        .setProvinceCode(province.code())
        .setProvinceName(province.name())
        .setMet(counts.count(Status.MET))
        .setNotMet(counts.count(Status.NOT_MET))
        .setOnTrack(counts.count(Status.ON_TRACK))
        .setAtRisk(counts.count(Status.AT_RISK))
        .setNoData(counts.count(Status.NO_DATA))
        .setReportOnly(counts.count(Status.REPORT_ONLY))
        .setProblemTh(problem == null ? null : problem.th())
        .setProblemEn(problem == null ? null : problem.en());
  }

  private void flushWhenFull() {
    if (organizations.size() >= ORGANIZATIONS_PER_WRITE) {
      flush();
    }
  }

  private void flush() {
    if (organizations.isEmpty()) {
      return;
    }
    try {
      dsl.transaction(
          c -> {
            DSLContext tx = c.dsl();
            tx.batchInsert(organizations).execute();
            if (!results.isEmpty()) {
              tx.batchInsert(results).execute();
            }
          });
    } catch (DataAccessException e) {
      throw failure("เขียนผลการประเมินไม่ได้ / cannot write the evaluation's results", e);
    }
    organizations.clear();
    results.clear();
  }

  private static Field<Integer> sum(Field<Integer> field) {
    return DSL.coalesce(DSL.sum(field).cast(Integer.class), 0);
  }

  private static Field<Integer> failedCount() {
    return DSL.count(EVALUATION_ORGANIZATION.PROBLEM_EN);
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.scale() > VALUE_SCALE ? value.setScale(VALUE_SCALE, RoundingMode.HALF_EVEN) : value;
  }

  private static PersistenceException failure(String message, DataAccessException e) {
    return new PersistenceException(message + ": " + e.getMessage(), e);
  }
}
