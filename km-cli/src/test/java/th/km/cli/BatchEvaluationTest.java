package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * {@code km evaluate --all} on several workers gives what one worker gives, byte for byte: the
 * organizations' results in their order, the problems of their records, and the failures, here
 * one organization whose plan cannot be read and one whose evaluation fails, both in the middle of
 * a batch of more organizations than workers.
 */
class BatchEvaluationTest {

  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final LocalDate DAY = LocalDate.parse("2026-09-30");

  @TempDir static Path tmp;

  private static String url;
  private static List<OrganizationCode> codes;

  @BeforeAll
  static void generateAndBreakTwo() throws SQLException {
    url = "jdbc:h2:file:" + tmp.resolve("km");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new String[] {"generate", "--orgs", "7", "--seed", "11", "--db", url},
            new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    try (Database d = open()) {
      codes = d.planStore(Clock.systemUTC()).organizations().stream().map(Organization::code).toList();
    }
    assertEquals(7, codes.size());
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      // A blank name: the stored plan no longer makes an organization, so its read fails.
      s.executeUpdate(
          "UPDATE plan SET org_name = ' ' WHERE organization_id ="
              + " (SELECT id FROM organization WHERE code = '" + codes.get(2).value() + "')");
    }
  }

  private static Database open() {
    return Database.openForReading(DatabaseLocation.of(url, java.util.Optional.empty(),
        java.util.Optional.empty()));
  }

  private record Batch(String out, String err, BatchEvaluation.Summary summary) {}

  /** The batch on {@code workers} threads, the evaluation of the fifth organization failing. */
  private static Batch run(int workers) {
    OrganizationCode failing = codes.get(4);
    BatchEvaluation.YearEvaluator evaluator =
        (y, day, holidays) -> {
          if (y.plan().organization().code().equals(failing)) {
            throw new IllegalStateException("the evaluation of " + failing + " broke");
          }
          return BatchEvaluation.EVALUATOR.evaluate(y, day, holidays);
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err);
    EvaluationOutput output =
        new EvaluationOutput(EvaluateCommand.Format.csv, true, false, new PrintWriter(out));
    BatchEvaluation batch = new BatchEvaluation(output, errWriter, false, workers, evaluator);
    try (Database d = open()) {
      BatchEvaluation.Summary summary = batch.run(d, YEAR, DAY, HolidayCalendar.none(), false);
      errWriter.flush();
      return new Batch(out.toString(), err.toString(), summary);
    }
  }

  @Test
  void severalWorkersGiveWhatOneGivesFailuresIncluded() {
    Batch one = run(1);
    Batch three = run(3);

    assertEquals(one.out(), three.out());
    assertEquals(one.err(), three.err());
    assertEquals(one.summary(), three.summary());
    assertEquals(new BatchEvaluation.Summary(5, 2, Set.copyOf(codes)), three.summary());
    List<String> printed =
        EvaluationOutput.csvRecords(three.out()).stream()
            .skip(1)
            .map(row -> row.substring(0, row.indexOf(',')))
            .distinct()
            .toList();
    List<String> expected =
        List.of(codes.get(0), codes.get(1), codes.get(3), codes.get(5), codes.get(6)).stream()
            .map(OrganizationCode::value)
            .toList();
    assertEquals(expected, printed);
    String err = three.err();
    int unread = err.indexOf("km: " + codes.get(2) + ": could not be evaluated: ");
    int broken =
        err.indexOf("km: " + codes.get(4) + ": could not be evaluated: the evaluation of "
            + codes.get(4) + " broke");
    assertTrue(unread >= 0 && broken > unread, err);
    assertTrue(err.contains("km: " + codes.get(4) + ": ประเมินไม่ได้: "), err);
    // The problems of an organization's records are told in its turn, after those before it.
    int later = err.indexOf("km: " + codes.get(5) + ": ");
    assertTrue(later < 0 || later > broken, err);
  }

  @Test
  void theWorkersAreTheProcessorsAndTheOrganizationsInFlightTwicePerWorker() {
    EvaluationOutput output = new EvaluationOutput(
        EvaluateCommand.Format.csv, true, false, new PrintWriter(new StringWriter()));
    PrintWriter err = new PrintWriter(new StringWriter());
    assertEquals(
        2 * Runtime.getRuntime().availableProcessors(),
        new BatchEvaluation(output, err, false).inFlight());
    assertEquals(
        2, new BatchEvaluation(output, err, false, 0, BatchEvaluation.EVALUATOR).inFlight());
  }
}
