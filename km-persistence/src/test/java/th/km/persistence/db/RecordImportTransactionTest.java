package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.plan.KmPlan;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Meeting;
import th.km.core.records.YearRecords;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.testing.RecordGenerator;
import th.km.persistence.PersistenceException;
import th.km.persistence.testing.EmbeddedPostgresServer;
import th.km.persistence.testing.SamplePlans;

/**
 * An import is one transaction: when the database fails part-way, after some kinds of record are
 * written, nothing of the import stays. The failure is made real with a constraint the test adds
 * to the last table the import writes to.
 */
class RecordImportTransactionTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anImportTheDatabaseFailsPartWayLeavesNothingAndTheNextOneSucceeds(Engine engine) {
    try (Database database = Database.open(TestDatabases.empty(engine, folder, POSTGRES))) {
      KmPlan plan = SamplePlans.banWaen();
      database.planStore(Clock.systemUTC()).saveDraft(plan);
      RecordStore store = database.recordStore();
      YearRecords year = RecordGenerator.year(new Random(17), plan, 15);
      assertTrue(year.staff().size() == 15 && !year.meetings().isEmpty());
      database
          .dsl()
          .execute(
              "ALTER TABLE evaluation_recommendation ADD CONSTRAINT test_refuses_boom"
                  + " CHECK (text <> 'boom')");
      YearRecords failing =
          YearRecords.builder()
              .from(year)
              .addEvaluationReports(
                  EvaluationReport.builder()
                      .id("e-boom")
                      .submittedOn(plan.fiscalYear().lastDay())
                      .recipient("นายกเทศมนตรี")
                      .addRecommendations("boom")
                      .build())
              .build();

      PersistenceException e =
          assertThrows(PersistenceException.class, () -> store.importRecords(failing));

      assertTrue(e.getMessage().contains("the records of the year could not"), e.getMessage());
      assertEquals(0, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569).size());
      assertEquals(
          0,
          store.counts(SamplePlans.BAN_WAEN, SamplePlans.FY2569).values().stream()
              .mapToInt(Integer::intValue)
              .sum());
      RecordImport next = store.importRecords(year);
      assertEquals(year.size(), assertInstanceOf(RecordImport.Imported.class, next).totalAdded());
      assertEquals(year, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569));
      Meeting first = year.meetings().get(0);
      assertEquals(first, store.records(SamplePlans.BAN_WAEN, SamplePlans.FY2569).meetings().get(0));
    }
  }
}
