package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.persistence.jooq.Tables.ACTIVITY_DETAIL;
import static th.km.persistence.jooq.Tables.DIVISION;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;
import static th.km.persistence.jooq.Tables.PLAN_ACTIVITY;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.plan.KmPlan;
import th.km.persistence.jooq.DefaultSchema;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.SamplePlans;

/**
 * Organizations stay apart in the database itself: every table of an organization's data carries
 * its id, and the database refuses a row whose organization differs from its plan's.
 */
class TenancyTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  /** Tables that belong to no organization. */
  private static final List<String> SHARED = List.of("organization");

  @TempDir Path folder;

  @Test
  void everyTableOfAnOrganizationsDataCarriesItsId() {
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      if (SHARED.contains(table.getName())) {
        continue;
      }
      assertNotNull(
          table.field("organization_id"), "table " + table.getName() + " has no organization_id");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyRowOfAPlanCarriesTheOrganizationOfThePlan(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      saveTwoOrganizations(database);
      DSLContext dsl = database.dsl();
      int checked = 0;
      for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
        Field<?> plan = table.field("plan_id");
        if (plan == null || table.getName().equals("plan")) {
          continue;
        }
        Field<Long> organization = table.field("organization_id", Long.class);
        int rows = dsl.fetchCount(table);
        int foreign =
            dsl.fetchCount(
                dsl.select(DSL.one())
                    .from(table)
                    .join(PLAN)
                    .on(PLAN.ID.eq(plan.coerce(Long.class)))
                    .where(PLAN.ORGANIZATION_ID.ne(organization)));
        assertEquals(0, foreign, "rows of " + table.getName() + " in another organization's plan");
        checked += rows;
      }
      assertTrue(checked > 100, "the sample plans wrote only " + checked + " rows");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theDatabaseRefusesAPartWhoseOrganizationIsNotItsPlans(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      saveTwoOrganizations(database);
      DSLContext dsl = database.dsl();
      long banWaen = organizationId(dsl, "ban-waen");
      long maeRim = organizationId(dsl, "mae-rim");
      long maeRimPlan =
          dsl.select(PLAN.ID)
              .from(PLAN)
              .where(PLAN.ORGANIZATION_ID.eq(maeRim))
              .fetchSingle()
              .value1();

      assertRefused(() -> insertDivision(dsl, maeRimPlan, banWaen, "intruder"));
      assertEquals(1, insertDivision(dsl, maeRimPlan, maeRim, "welcome"));

      long banWaenActivity =
          dsl.select(PLAN_ACTIVITY.ID)
              .from(PLAN_ACTIVITY)
              .where(PLAN_ACTIVITY.ORGANIZATION_ID.eq(banWaen))
              .limit(1)
              .fetchSingle()
              .value1();
      assertRefused(
          () ->
              dsl.insertInto(ACTIVITY_DETAIL)
                  .set(ACTIVITY_DETAIL.PLAN_ACTIVITY_ID, banWaenActivity)
                  .set(ACTIVITY_DETAIL.PLAN_ID, maeRimPlan)
                  .set(ACTIVITY_DETAIL.ORGANIZATION_ID, maeRim)
                  .set(ACTIVITY_DETAIL.ORDINAL, 99)
                  .set(ACTIVITY_DETAIL.TEXT, "- รายละเอียดแปลกปลอม")
                  .execute());
    }
  }

  private static int insertDivision(DSLContext dsl, long plan, long organization, String code) {
    return dsl.insertInto(DIVISION)
        .set(DIVISION.PLAN_ID, plan)
        .set(DIVISION.ORGANIZATION_ID, organization)
        .set(DIVISION.ORDINAL, 99)
        .set(DIVISION.CODE, code)
        .set(DIVISION.NAME, "กองแปลกปลอม")
        .execute();
  }

  private static void assertRefused(Executable insert) {
    DataAccessException e = assertThrows(DataAccessException.class, insert);
    assertEquals(
        SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION, e.sqlStateClass(), e.getMessage());
  }

  private static void saveTwoOrganizations(Database database) {
    KmPlan banWaen = SamplePlans.banWaen();
    KmPlan maeRim = SamplePlans.other("mae-rim", "แม่ริม");
    database.planStore(Clock.systemUTC()).saveDraft(banWaen);
    database.planStore(Clock.systemUTC()).saveDraft(maeRim);
  }

  private static long organizationId(DSLContext dsl, String code) {
    return dsl.select(ORGANIZATION.ID)
        .from(ORGANIZATION)
        .where(ORGANIZATION.CODE.eq(code))
        .fetchSingle()
        .value1();
  }
}
