package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Status;
import th.km.core.evaluation.StatusCounts;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.rollup.NationalTally;
import th.km.core.rollup.OrganizationTally;
import th.km.core.rollup.ProvinceTally;
import th.km.core.rollup.StoredResults;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.records.RecordsFolder;

/**
 * {@code km evaluate --all --store} over several organizations in two provinces, on H2 and on a
 * real PostgreSQL: the stored counts are those of the printed results, the roll-ups their sums, a
 * second run replaces the first, and an organization that cannot be read is counted, told and
 * stored as failed while the others are evaluated.
 */
class EvaluateAllStoreTest {

  private static final String AS_OF = "2026-03-31";
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @TempDir Path tmp;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private String database(String engine) throws SQLException {
    if (engine.equals("h2")) {
      return "jdbc:h2:file:" + tmp.resolve("db").resolve("km");
    }
    String name = "km_cli_" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /** Three organizations: two in Chiang Mai, one in Lamphun, each with a year of records. */
  private void importThree(String db) {
    KmPlan banWaen = DemoYear.shippedPlan();
    List<String[]> others =
        List.of(new String[] {"ban-waen", "บ้านแหวน", "เชียงใหม่"},
            new String[] {"chiang-dao", "เชียงดาว", "เชียงใหม่"},
            new String[] {"pa-sang", "ป่าซาง", "ลำพูน"});
    long seed = 1;
    for (String[] o : others) {
      KmPlan plan =
          KmPlan.builder()
              .from(banWaen)
              .organization(
                  Organization.builder()
                      .from(banWaen.organization())
                      .code(OrganizationCode.of(o[0]))
                      .name(o[1])
                      .province(o[2])
                      .build())
              .build();
      Path folder = tmp.resolve(o[0]);
      RecordsFolder.write(DemoYear.generate(plan, seed++), folder);
      PlanFiles.write(plan, folder.resolve("plan.json"));
      assertEquals(0, km("db", "import-plan", folder.resolve("plan.json").toString(), "--db", db).exitCode());
      assertEquals(
          0, km("db", "import-records", "--org", o[0], folder.toString(), "--db", db).exitCode());
    }
  }

  private static Run storeAll(String db) {
    return km("evaluate", "--all", "--store", "--year", "2569", "--as-of", AS_OF, "--db", db, "--format", "csv");
  }

  /** Each organization's indicators per status, counted from the printed CSV's result rows. */
  private static Map<String, StatusCounts> printedCounts(String csv) {
    List<String> rows = EvaluationOutput.csvRecords(csv);
    List<String> header = List.of(rows.get(0).split(",", -1));
    int statusColumn = header.indexOf("status");
    Map<String, EnumMap<Status, Integer>> counts = new LinkedHashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      List<String> fields = fields(row);
      if (fields.get(1).equals("result")) {
        counts.computeIfAbsent(fields.get(0), k -> new EnumMap<>(Status.class))
            .merge(Status.valueOf(fields.get(statusColumn)), 1, Integer::sum);
      }
    }
    Map<String, StatusCounts> out = new LinkedHashMap<>();
    counts.forEach((org, c) -> out.put(org, new StatusCounts(c)));
    return out;
  }

  private static List<String> fields(String row) {
    List<String> fields = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static long count(String db, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void storedCountsAreThePrintedResultsAndTheRollupsTheirSums(String engine) throws SQLException {
    String db = database(engine);
    importThree(db);

    Run run = storeAll(db);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("evaluated 3 organizations, 0 failed, results stored"), run.err());
    assertTrue(run.err().matches("(?s).*peak memory heap \\d+ MB.*"), run.err());
    Map<String, StatusCounts> printed = printedCounts(run.out());
    assertEquals(List.of("ban-waen", "chiang-dao", "pa-sang"), List.copyOf(printed.keySet()));
    try (Database d = Database.open(DatabaseLocation.fromEnvironment(Optional.of(db)))) {
      StoredResults stored = d.storedResults();
      List<OrganizationTally> organizations = stored.organizations(YEAR, Optional.empty());
      assertEquals(3, organizations.size());
      for (OrganizationTally o : organizations) {
        assertEquals(printed.get(o.organization().value()), o.counts(), o.organization().value());
        assertTrue(o.evaluated());
      }
      List<ProvinceTally> provinces = stored.provinces(YEAR);
      assertEquals(
          java.util.Set.of("ลำพูน", "เชียงใหม่"),
          provinces.stream().map(p -> p.province().name()).collect(java.util.stream.Collectors.toSet()));
      ProvinceTally chiangMai =
          provinces.stream().filter(p -> p.province().name().equals("เชียงใหม่")).findFirst().orElseThrow();
      assertEquals(2, chiangMai.tally().organizations());
      assertEquals(printed.get("ban-waen").plus(printed.get("chiang-dao")), chiangMai.tally().counts());
      assertEquals(
          List.of("ban-waen", "chiang-dao"),
          stored.organizations(YEAR, Optional.of(chiangMai.province().code())).stream()
              .map(o -> o.organization().value())
              .toList());
      NationalTally nation = stored.national(YEAR).orElseThrow();
      assertEquals(2, nation.provinces());
      assertEquals(3, nation.tally().organizations());
      assertEquals(0, nation.tally().failed());
      assertEquals(
          printed.values().stream().reduce(StatusCounts.none(), StatusCounts::plus), nation.tally().counts());
      assertEquals(java.time.LocalDate.parse(AS_OF), nation.asOf());
      assertTrue(stored.national(FiscalYear.ofBuddhistYear(2570)).isEmpty(), "another year has none stored");
    }
    long results = count(db, "evaluation_result");
    assertTrue(results > 0);

    Run again = storeAll(db);

    assertEquals(0, again.exitCode(), again.err());
    assertEquals(run.out(), again.out());
    assertEquals(1, count(db, "evaluation_run"), "the second batch replaced the first");
    assertEquals(results, count(db, "evaluation_result"));
    assertEquals(2, count(db, "evaluation_province"));
    assertEquals(1, count(db, "evaluation_national"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void anOrganizationThatCannotBeReadIsCountedToldAndStoredAsFailed(String engine) throws SQLException {
    String db = database(engine);
    importThree(db);
    try (Connection c = DriverManager.getConnection(db);
        Statement s = c.createStatement()) {
      // A blank name: the stored plan of chiang-dao no longer makes an organization.
      s.executeUpdate(
          "UPDATE plan SET org_name = ' ' WHERE organization_id ="
              + " (SELECT id FROM organization WHERE code = 'chiang-dao')");
    }

    Run run = storeAll(db);

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("km: chiang-dao: could not be evaluated: "), run.err());
    assertTrue(run.err().contains("km: chiang-dao: ประเมินไม่ได้: "), run.err());
    assertTrue(run.err().contains("evaluated 2 organizations, 1 failed"), run.err());
    assertEquals(List.of("ban-waen", "pa-sang"), List.copyOf(printedCounts(run.out()).keySet()));
    try (Database d = Database.open(DatabaseLocation.fromEnvironment(Optional.of(db)))) {
      StoredResults stored = d.storedResults();
      NationalTally nation = stored.national(YEAR).orElseThrow();
      assertEquals(3, nation.tally().organizations());
      assertEquals(1, nation.tally().failed());
      OrganizationTally failed =
          stored.organizations(YEAR, Optional.empty()).stream()
              .filter(o -> o.organization().value().equals("chiang-dao"))
              .findFirst()
              .orElseThrow();
      assertFalse(failed.evaluated());
      assertEquals(0, failed.counts().total());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--org=ban-waen", "--plan=plan.json"})
  void storeGoesWithAllOnly(String other) {
    Run run = km("evaluate", "--store", other, "--as-of", AS_OF);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--store goes with --all only"), run.err());
  }
}
