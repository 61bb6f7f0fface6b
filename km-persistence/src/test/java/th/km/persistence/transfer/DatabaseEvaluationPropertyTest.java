package th.km.persistence.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordImport;
import th.km.core.store.RecordStore;
import th.km.core.testing.IndicatorGenerator;
import th.km.core.testing.PlanGenerator;
import th.km.core.testing.RecordGenerator;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.Engine;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * Evaluating from the database gives exactly what evaluating the files gives, for random plans with
 * indicators of every kind and random years of records, on both engines: the files are imported
 * with {@link FolderTransfer} as {@code km db import-plan} and {@code import-records} do, evaluated
 * from the stores, exported, and the export evaluated and imported again into another database.
 */
class DatabaseEvaluationPropertyTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final HolidayCalendar HOLIDAYS = HolidayFiles.shipped();

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void evaluatingFromTheDatabaseEqualsEvaluatingTheFilesAndSurvivesExportAndReimport(
      Engine engine) {
    int cases = engine == Engine.H2 ? 25 : 6;
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (Database first = Database.open(empty(engine, "first"));
        Database second = Database.open(empty(engine, "second"))) {
      Stores stores = new Stores(first);
      Stores again = new Stores(second);
      for (int i = 0; i < cases; i++) {
        String where = engine + " case " + i + " of seed " + seed + "L";
        KmPlan plan = plan(random, i);
        YearRecords year = RecordGenerator.year(random, plan, 1 + random.nextInt(40));
        LocalDate asOf =
            plan.fiscalYear().firstDay().plusDays(random.nextInt(420) - 30L);
        Path files = tmp.resolve(engine + "-case-" + i);
        RecordsFolder.write(year, files);
        PlanFiles.write(plan, files.resolve(FolderTransfer.PLAN_FILE));
        Evaluation fromFiles = evaluateFiles(files, asOf);

        OrganizationCode code = plan.organization().code();
        assertInstanceOf(PlanImport.Saved.class, stores.transfer.importPlan(readPlan(files)), where);
        RecordImport.Imported imported = imported(stores.transfer.importRecords(code, files), where);
        assertEquals(year.size(), imported.totalAdded(), where);
        assertEquals(fromFiles, stores.evaluate(plan, asOf), where);

        assertInstanceOf(
            PlanImport.Unchanged.class, stores.transfer.importPlan(readPlan(files)), where);
        assertEquals(
            0, imported(stores.transfer.importRecords(code, files), where).totalAdded(), where);

        Path exported = tmp.resolve(engine + "-export-" + i);
        assertInstanceOf(
            Export.Written.class, stores.transfer.export(code, Optional.empty(), exported), where);
        assertEquals(fromFiles, evaluateFiles(exported, asOf), where);
        assertInstanceOf(
            PlanImport.Saved.class, again.transfer.importPlan(readPlan(exported)), where);
        imported(again.transfer.importRecords(code, exported), where);
        assertEquals(fromFiles, again.evaluate(plan, asOf), where);
      }
    }
  }

  /** A random plan with indicators, of an organization of its own so cases never collide. */
  private static KmPlan plan(Random random, int i) {
    KmPlan plan = IndicatorGenerator.withIndicators(random, PlanGenerator.plan(random));
    Organization own =
        Organization.builder()
            .from(plan.organization())
            .code(OrganizationCode.of("org-" + i))
            .build();
    return KmPlan.builder().from(plan).organization(own).build();
  }

  private static KmPlan readPlan(Path folder) {
    return PlanFiles.read(folder.resolve(FolderTransfer.PLAN_FILE));
  }

  private static Evaluation evaluateFiles(Path folder, LocalDate asOf) {
    KmPlan plan = readPlan(folder);
    return Evaluator.evaluate(plan, RecordsFolder.read(folder, plan), asOf, HOLIDAYS);
  }

  private static RecordImport.Imported imported(RecordsImport result, String where) {
    RecordsImport.Read read = assertInstanceOf(RecordsImport.Read.class, result, where);
    return assertInstanceOf(RecordImport.Imported.class, read.result(), where);
  }

  private DatabaseLocation empty(Engine engine, String name) {
    return switch (engine) {
      case H2 -> DatabaseLocation.embedded(tmp.resolve("h2-" + name));
      case POSTGRESQL ->
          DatabaseLocation.of(POSTGRES.newDatabase(), Optional.empty(), Optional.empty());
    };
  }

  /** The stores of one database and the transfer over them. */
  private static final class Stores {
    final PlanStore plans;
    final RecordStore records;
    final FolderTransfer transfer;

    Stores(Database database) {
      plans = database.planStore(Clock.systemUTC());
      records = database.recordStore();
      transfer = new FolderTransfer(plans, records);
    }

    Evaluation evaluate(KmPlan like, LocalDate asOf) {
      OrganizationCode code = like.organization().code();
      KmPlan stored = plans.latest(code, like.fiscalYear()).orElseThrow().plan();
      return Evaluator.evaluate(stored, records.records(code, like.fiscalYear()), asOf, HOLIDAYS);
    }
  }
}
