package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.persistence.jooq.Tables.ACTIVITY_DETAIL;
import static th.km.persistence.jooq.Tables.DIVISION;
import static th.km.persistence.jooq.Tables.EVALUATION_RECOMMENDATION;
import static th.km.persistence.jooq.Tables.EVALUATION_REPORT;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET_AUTHOR;
import static th.km.persistence.jooq.Tables.KNOWLEDGE_ASSET_PUBLICATION;
import static th.km.persistence.jooq.Tables.MEETING;
import static th.km.persistence.jooq.Tables.MEETING_ATTENDEE;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE;
import static th.km.persistence.jooq.Tables.MONITORING_NOTE_ITEM;
import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;
import static th.km.persistence.jooq.Tables.PLAN_ACTIVITY;
import static th.km.persistence.jooq.Tables.TRAINING_REPORT;
import static th.km.persistence.jooq.Tables.TRAINING_SIGN_OFF;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
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
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.RecordGenerator;
import th.km.persistence.jooq.DefaultSchema;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.SamplePlans;

/**
 * Organizations stay apart in the database itself: every table of an organization's data carries
 * its id, and the database refuses a row whose organization differs from its plan's or its record's.
 */
class TenancyTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  /**
   * Tables that belong to no organization: the registry, and the stored batch evaluations (V36), a
   * report over every organization that names each by code as it was on that day.
   */
  private static final List<String> SHARED =
      List.of(
          "organization",
          "evaluation_run",
          "evaluation_result",
          "evaluation_organization",
          "evaluation_province",
          "evaluation_national",
          // The day's random salt for counting anonymous portal readers: one for every organization.
          "reading_salt");

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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyPartOfARecordCarriesTheOrganizationOfTheRecord(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      saveTwoOrganizations(database);
      importTwoYears(database);
      DSLContext dsl = database.dsl();
      int checked = 0;
      for (ChildTable child : RECORD_CHILDREN) {
        Field<Long> parent = child.table().field(child.parentColumn(), Long.class);
        Field<Long> organization = child.table().field("organization_id", Long.class);
        Field<Long> parentId = child.parent().field("id", Long.class);
        Field<Long> parentOrganization = child.parent().field("organization_id", Long.class);
        int foreign =
            dsl.fetchCount(
                dsl.select(DSL.one())
                    .from(child.table())
                    .join(child.parent())
                    .on(parentId.eq(parent))
                    .where(parentOrganization.ne(organization)));
        assertEquals(0, foreign, "rows of " + child.table().getName() + " in another's record");
        checked += dsl.fetchCount(child.table());
      }
      assertTrue(checked > 20, "the sample years wrote only " + checked + " parts of records");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theDatabaseRefusesAPartWhoseOrganizationIsNotItsRecords(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      saveTwoOrganizations(database);
      importTwoYears(database);
      DSLContext dsl = database.dsl();
      long banWaen = organizationId(dsl, "ban-waen");
      long maeRim = organizationId(dsl, "mae-rim");
      long maeRimMeeting =
          dsl.select(MEETING.ID)
              .from(MEETING)
              .where(MEETING.ORGANIZATION_ID.eq(maeRim))
              .limit(1)
              .fetchSingle()
              .value1();

      assertRefused(() -> insertAttendee(dsl, maeRimMeeting, banWaen));
      assertEquals(1, insertAttendee(dsl, maeRimMeeting, maeRim));
    }
  }

  /** A table of parts of records, the record table it belongs to, and its column naming it. */
  private record ChildTable(Table<?> table, Table<?> parent, String parentColumn) {}

  private static final List<ChildTable> RECORD_CHILDREN =
      List.of(
          new ChildTable(TRAINING_SIGN_OFF, TRAINING_REPORT, "training_report_id"),
          new ChildTable(KNOWLEDGE_ASSET_AUTHOR, KNOWLEDGE_ASSET, "knowledge_asset_id"),
          new ChildTable(KNOWLEDGE_ASSET_PUBLICATION, KNOWLEDGE_ASSET, "knowledge_asset_id"),
          new ChildTable(MEETING_ATTENDEE, MEETING, "meeting_id"),
          new ChildTable(EVALUATION_RECOMMENDATION, EVALUATION_REPORT, "evaluation_report_id"),
          new ChildTable(MONITORING_NOTE_ITEM, MONITORING_NOTE, "monitoring_note_id"));

  private static void importTwoYears(Database database) {
    Random random = new Random(23);
    RecordStore store = database.recordStore();
    for (KmPlan plan : List.of(SamplePlans.banWaen(), SamplePlans.other("mae-rim", "แม่ริม"))) {
      assertInstanceOf(
          RecordImport.Imported.class, store.importRecords(RecordGenerator.year(random, plan, 12)));
    }
  }

  private static int insertAttendee(DSLContext dsl, long meeting, long organization) {
    return dsl.insertInto(MEETING_ATTENDEE)
        .set(MEETING_ATTENDEE.MEETING_ID, meeting)
        .set(MEETING_ATTENDEE.ORGANIZATION_ID, organization)
        .set(MEETING_ATTENDEE.ORDINAL, 99)
        .set(MEETING_ATTENDEE.PERSON_ID, "intruder")
        .execute();
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
    Random random = new Random(29);
    KmPlan banWaen = IndicatorGenerator.withIndicators(random, SamplePlans.banWaen());
    KmPlan maeRim = IndicatorGenerator.withIndicators(random, SamplePlans.other("mae-rim", "แม่ริม"));
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
