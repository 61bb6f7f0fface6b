package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.transfer.FolderTransfer;

/** {@code km serve} over a real database, and the clear refusals when there is nothing to serve. */
class ServeTest {

  @TempDir Path folder;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aDatabaseWithoutAnyOrganizationIsRefusedInBothLanguages() {
    Run r = run("serve", "--db", "jdbc:h2:file:" + folder.resolve("empty") + ";AUTO_SERVER=TRUE", "--port", "1");
    assertEquals(Main.NO_DATABASE, r.code());
    assertTrue(r.err().contains("has no organization yet: import a plan first with ./km db import-plan"), r.err());
    assertTrue(r.err().contains("ยังไม่มีองค์กรใด"), r.err());
  }

  @Test
  void aDatabaseThatCannotBeReachedIsRefusedInBothLanguages() {
    Run r = run("serve", "--db", "jdbc:postgresql://127.0.0.1:1/km", "--port", "1");
    assertEquals(Main.NO_DATABASE, r.code());
    assertTrue(r.err().contains("cannot open the database"), r.err());
    assertTrue(r.err().contains("เปิดฐานข้อมูลไม่ได้"), r.err());
  }

  @Test
  void anUnsupportedDatabaseIsRefused() {
    Run r = run("serve", "--db", "jdbc:mysql://127.0.0.1/km");
    assertEquals(Main.NO_DATABASE, r.code());
    assertTrue(r.err().contains("PostgreSQL"), r.err());
  }

  @Test
  void anAccountMadeOnTheCommandLineSignsInToTheServer() throws Exception {
    DatabaseLocation location = DatabaseLocation.embedded(folder);
    try (Database db = Database.open(location)) {
      new FolderTransfer(db.planStore(Clock.systemUTC()), db.recordStore()).importPlan(DemoYear.shippedPlan());
    }
    Run refused = run("account", "somchai", "--org", "ban-waen", "--role", "head", "--db", location.jdbcUrl());
    assertEquals(Main.UNUSABLE_INPUT, refused.code(), "a division head needs a division");
    assertTrue(refused.err().contains("names no division"), refused.err());
    Run unknown = run("account", "somchai", "--org", "nowhere", "--role", "secretary", "--db", location.jdbcUrl());
    assertEquals(Main.UNUSABLE_INPUT, unknown.code());
    assertTrue(unknown.err().contains("has no plan in this database yet"), unknown.err());

    Run noDivision =
        run("account", "somchai", "--org", "ban-waen", "--role", "head", "--division", "nowhere", "--db", location.jdbcUrl());
    assertEquals(Main.UNUSABLE_INPUT, noDivision.code(), noDivision.err());
    assertTrue(noDivision.err().contains("--division 'nowhere' is not a division in the plans of ban-waen"), noDivision.err());
    assertTrue(noDivision.err().contains("ไม่มีในแผนของ ban-waen"), noDivision.err());
    Run noStaff =
        run("account", "somchai", "--org", "ban-waen", "--role", "staff", "--staff-id", "ghost", "--db", location.jdbcUrl());
    assertEquals(Main.UNUSABLE_INPUT, noStaff.code(), noStaff.err());
    assertTrue(noStaff.err().contains("--staff-id 'ghost' is not a staff member"), noStaff.err());

    Run made = run("account", "Somchai", "--org", "ban-waen", "--role", "secretary", "--db", location.jdbcUrl());
    assertEquals(Main.OK, made.code(), made.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("password \\(shown once\\): (\\S+)").matcher(made.out());
    assertTrue(m.find(), made.out());
    Server server =
        Server.start(new Main.Command.Serve(Optional.of(location.jdbcUrl()), 0, "127.0.0.1"), Clock.system(WebConfig.THAILAND));
    try {
      TestClient client = new TestClient(server.app().port());
      assertEquals(200, client.signInStatus("somchai", m.group(1)));
    } finally {
      server.app().stop();
      server.database().close();
    }
  }

  @Test
  void theServerShowsTheImportedPlanAndWritesNoDemoAccounts() throws Exception {
    DatabaseLocation location = DatabaseLocation.embedded(folder);
    try (Database db = Database.open(location)) {
      new FolderTransfer(db.planStore(Clock.systemUTC()), db.recordStore()).importPlan(DemoYear.shippedPlan());
    }
    Server server =
        Server.start(new Main.Command.Serve(Optional.of(location.jdbcUrl()), 0, "127.0.0.1"), Clock.system(WebConfig.THAILAND));
    try {
      StringWriter out = new StringWriter();
      server.print(new PrintWriter(out));
      assertTrue(out.toString().contains("ban-waen"), out.toString());
      assertTrue(out.toString().contains("no account yet"), out.toString());
      TestClient client = new TestClient(server.app().port());
      assertEquals(200, client.get("/public/ban-waen/2569").statusCode());
      assertEquals(401, client.signInStatus("secretary", "anything"), "no demo account in a real database");
    } finally {
      server.app().stop();
      server.database().close();
    }
  }
}
