package th.km.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.testing.fuzz.TableRows;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.http.Routes;
import th.km.web.security.PasswordHasher;

/**
 * The real km server over its own H2 database, holding the test years of {@link TestServer} and
 * its accounts, for the fuzz suites: one per test class, so that the rows of every table can be
 * counted before and after each input.
 */
final class FuzzServer implements AutoCloseable {

  private final Database database;
  private final Javalin app;
  private final TableRows tables;

  FuzzServer(Path folder) {
    Clock clock = Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND);
    this.database = Database.open(DatabaseLocation.embedded(folder));
    database.planStore(clock).saveDraft(TestPlans.banWaen());
    database.planStore(clock).saveDraft(TestPlans.other());
    database.recordStore().importRecords(TestYears.banWaenRecords());
    // At a test server's cost: the suites sign in again after each accepted sign-out and reset
    // passwords hundreds of times, which OWASP's cost made about a sixth of their time.
    PasswordHasher hasher = TestServer.HASHER;
    String hash = TestServer.HASH;
    AccountStore accounts = database.accountStore();
    account(accounts, hash, "cko", Role.CKO, TestPlans.ORG, Optional.empty(), Optional.empty());
    account(accounts, hash, "secretary", Role.SECRETARY, TestPlans.ORG, Optional.empty(), Optional.empty());
    account(accounts, hash, "head", Role.DIVISION_HEAD, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.empty());
    account(accounts, hash, "staff", Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.empty());
    account(accounts, hash, "prasert", Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.of("s1"));
    account(accounts, hash, FormInputs.SIGN_IN_ACCOUNT, Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.empty());
    account(accounts, hash, FormInputs.FUZZED_ACCOUNT, Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.empty());
    TestKnowledge.seed(database.knowledgeStore(clock));
    this.app =
        WebApp.create(WebConfig.defaults(clock), Backend.of(database, clock, TestYears.HOLIDAYS), hasher)
            .start("127.0.0.1", 0);
    DatabaseLocation at = database.location();
    this.tables = TableRows.open(at.jdbcUrl(), at.user().orElse(""), at.password().orElse(""));
  }

  private static void account(
      AccountStore accounts, String hash, String name, Role role, OrganizationCode org,
      Optional<DivisionCode> division, Optional<String> staffId) {
    accounts.save(new Account(name, hash, role, org, division, staffId));
  }

  /** The rows of every table of the schema, by table. */
  Map<String, Long> rows() {
    return tables.count();
  }

  /** Every route of the server. */
  List<Routes.Route> routes() {
    return WebApp.routes(app);
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    tables.close();
    app.stop();
    database.close();
  }
}
