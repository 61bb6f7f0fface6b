package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.EVALUATION_NATIONAL;
import static th.km.persistence.jooq.Tables.EVALUATION_ORGANIZATION;
import static th.km.persistence.jooq.Tables.EVALUATION_PROVINCE;
import static th.km.persistence.jooq.Tables.EVALUATION_RUN;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.OrganizationCode;
import th.km.core.rollup.AreaTally;
import th.km.core.rollup.NationalTally;
import th.km.core.rollup.OrganizationTally;
import th.km.core.rollup.ProvinceGroup;
import th.km.core.rollup.ProvinceTally;
import th.km.core.rollup.StoredResults;
import th.km.persistence.PersistenceException;

/**
 * The stored batch evaluations in the database. Each answer is one query on the roll-up tables of
 * the year's latest stored run, so it sees one batch whole even while another is being stored.
 */
final class JooqStoredResults implements StoredResults {

  private final DSLContext dsl;

  JooqStoredResults(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<NationalTally> national(FiscalYear year) {
    return read(
        () ->
            dsl.select(EVALUATION_NATIONAL.fields())
                .select(EVALUATION_RUN.AS_OF, EVALUATION_RUN.STORED_AT)
                .from(EVALUATION_NATIONAL)
                .join(EVALUATION_RUN)
                .on(EVALUATION_RUN.ID.eq(EVALUATION_NATIONAL.RUN_ID))
                .where(EVALUATION_NATIONAL.RUN_ID.eq(latestRun(year)))
                .fetchOptional(
                    r ->
                        new NationalTally(
                            year,
                            r.get(EVALUATION_RUN.AS_OF),
                            r.get(EVALUATION_RUN.STORED_AT).toInstant(),
                            r.get(EVALUATION_NATIONAL.PROVINCES),
                            new AreaTally(
                                r.get(EVALUATION_NATIONAL.ORGANIZATIONS),
                                r.get(EVALUATION_NATIONAL.FAILED),
                                counts(r, EVALUATION_NATIONAL)))));
  }

  @Override
  public List<ProvinceTally> provinces(FiscalYear year) {
    return read(
        () ->
            dsl.selectFrom(EVALUATION_PROVINCE)
                .where(EVALUATION_PROVINCE.RUN_ID.eq(latestRun(year)))
                .orderBy(EVALUATION_PROVINCE.PROVINCE_CODE)
                .fetch(JooqStoredResults::province));
  }

  @Override
  public Optional<ProvinceTally> province(FiscalYear year, String provinceCode) {
    return read(
        () ->
            dsl.selectFrom(EVALUATION_PROVINCE)
                .where(EVALUATION_PROVINCE.RUN_ID.eq(latestRun(year)))
                .and(EVALUATION_PROVINCE.PROVINCE_CODE.eq(provinceCode))
                .fetchOptional(JooqStoredResults::province));
  }

  @Override
  public List<OrganizationTally> organizations(FiscalYear year, Optional<String> provinceCode) {
    Condition inProvince =
        provinceCode.map(EVALUATION_ORGANIZATION.PROVINCE_CODE::eq).orElse(DSL.noCondition());
    return read(
        () ->
            dsl.selectFrom(EVALUATION_ORGANIZATION)
                .where(EVALUATION_ORGANIZATION.RUN_ID.eq(latestRun(year)))
                .and(inProvince)
                .orderBy(EVALUATION_ORGANIZATION.ORGANIZATION_CODE)
                .fetch(
                    r -> {
                      String problemEn = r.get(EVALUATION_ORGANIZATION.PROBLEM_EN);
                      String problemTh = r.get(EVALUATION_ORGANIZATION.PROBLEM_TH);
                      return new OrganizationTally(
                          OrganizationCode.of(r.get(EVALUATION_ORGANIZATION.ORGANIZATION_CODE)),
                          r.get(EVALUATION_ORGANIZATION.ORGANIZATION_NAME),
                          new ProvinceGroup(
                              r.get(EVALUATION_ORGANIZATION.PROVINCE_CODE),
                              r.get(EVALUATION_ORGANIZATION.PROVINCE_NAME)),
                          counts(r, EVALUATION_ORGANIZATION),
                          problemEn == null
                              ? Optional.empty()
                              : Optional.of(LocalizedText.of(problemTh == null ? problemEn : problemTh, problemEn)));
                    }));
  }

  /** The id of the year's latest stored run, as a subquery; no row when none was stored. */
  private Field<Long> latestRun(FiscalYear year) {
    return DSL.field(
        dsl.select(DSL.max(EVALUATION_RUN.ID))
            .from(EVALUATION_RUN)
            .where(EVALUATION_RUN.FISCAL_YEAR.eq(year.buddhistYear()))
            .and(EVALUATION_RUN.STORED_AT.isNotNull()));
  }

  private static ProvinceTally province(Record r) {
    return new ProvinceTally(
        new ProvinceGroup(r.get(EVALUATION_PROVINCE.PROVINCE_CODE), r.get(EVALUATION_PROVINCE.PROVINCE_NAME)),
        new AreaTally(
            r.get(EVALUATION_PROVINCE.ORGANIZATIONS),
            r.get(EVALUATION_PROVINCE.FAILED),
            counts(r, EVALUATION_PROVINCE)));
  }

  /**
   * The status counts of a row of one of the roll-up tables, which all name their count columns
   * after the statuses ({@code met}, {@code not_met}, ...).
   */
  private static StatusCounts counts(Record r, Table<?> table) {
    EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      Field<Integer> column =
          Objects.requireNonNull(
              table.field(status.name().toLowerCase(Locale.ROOT), Integer.class),
              () -> table.getName() + " has no column for " + status);
      counts.put(status, r.get(column));
    }
    return new StatusCounts(counts);
  }

  private static <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (DataAccessException e) {
      throw new PersistenceException(
          "อ่านผลการประเมินที่เก็บไว้ไม่ได้ / the stored evaluation results could not be read: "
              + e.getMessage(),
          e);
    }
  }
}
