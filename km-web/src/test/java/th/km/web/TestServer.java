package th.km.web;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import th.km.core.rollup.StoredResults;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.db.Database;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.memory.InMemoryPlanStore;
import th.km.web.entry.MemoryRecords;
import th.km.web.reading.ReadingBackend;
import th.km.web.security.InMemoryAccountStore;
import th.km.web.security.PasswordHasher;

/** The real km server on a random loopback port, with one account per role and known passwords. */
public final class TestServer implements AutoCloseable {

  /** The password of every test account; test accounts only ever live in memory. */
  public static final String PASSWORD = "correct horse battery staple";

  /** 15 March 2026 (B.E. 2569), 10:00 in Bangkok: the middle of fiscal year 2569. */
  public static final Instant AS_OF =
      ZonedDateTime.of(2026, 3, 15, 10, 0, 0, 0, WebConfig.THAILAND).toInstant();

  /**
   * The test servers' hasher, at a test server's cost ({@code KM_PASSWORD_COST=m=64,t=1}): the
   * suites sign in and reset passwords thousands of times, and no check depends on the cost;
   * {@code PasswordHasherTest} checks OWASP's, the default.
   */
  static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.Cost.parse("m=64,t=1"));

  /** The hash of {@link #PASSWORD} that every test account has. */
  static final String HASH = HASHER.hash(PASSWORD);

  private final Javalin app;
  private final AccountStore accounts;
  private final MemoryRecords records;
  private final InMemoryPlanStore plans;
  /** The knowledge base, in an H2 database in memory of its own; null on a server that keeps nothing. */
  private final @org.jspecify.annotations.Nullable Database knowledge;

  /**
   * A server over stores: the test plans saved as drafts in an in-memory plan store, Ban Waen's
   * records in memory, both written by the forms.
   */
  private TestServer(WebConfig config, StoredResults results) {
    this.accounts = new InMemoryAccountStore();
    this.plans = new InMemoryPlanStore(config.clock());
    plans.saveDraft(TestPlans.banWaen());
    plans.saveDraft(TestPlans.other());
    this.records = new MemoryRecords(plans).with(TestYears.banWaenRecords());
    addAccounts();
    this.knowledge = TestKnowledge.inMemory(config.clock());
    KnowledgeStore store = knowledge.knowledgeStore(config.clock());
    TestKnowledge.seed(store);
    this.app =
        WebApp.create(
                config,
                withResults(Backend.of(plans, records, accounts, TestYears.HOLIDAYS), results).withKnowledge(store, ReadingBackend.of(knowledge, config.clock())),
                HASHER)
            .start("127.0.0.1", 0);
  }

  /** A server that shows the years and keeps nothing. */
  private TestServer(WebConfig config, DashboardSource years) {
    this.accounts = new InMemoryAccountStore();
    this.plans = new InMemoryPlanStore(config.clock());
    this.records = new MemoryRecords(plans);
    this.knowledge = null;
    addAccounts();
    this.app = WebApp.create(config, years, accounts, HASHER).start("127.0.0.1", 0);
  }

  /**
   * A server over a database (its plans, records, knowledge base and search), with the test
   * accounts saved in it; the database must hold the test plans' organizations.
   */
  private TestServer(WebConfig config, Database database) {
    this.accounts = database.accountStore();
    this.plans = new InMemoryPlanStore(config.clock());
    this.records = new MemoryRecords(plans);
    this.knowledge = null; // the caller's database holds the knowledge base and closes it
    addAccounts();
    this.app =
        WebApp.create(config, Backend.of(database, config.clock(), TestYears.HOLIDAYS), HASHER).start("127.0.0.1", 0);
  }

  /** A server over the database whose clock stands still at {@link #AS_OF}. */
  public static TestServer start(Database database) {
    return new TestServer(WebConfig.defaults(Clock.fixed(AS_OF, WebConfig.THAILAND)), database);
  }

  private void addAccounts() {
    account("cko", Role.CKO, TestPlans.ORG, Optional.empty());
    account("chair", Role.CHAIR, TestPlans.ORG, Optional.empty());
    account("secretary", Role.SECRETARY, TestPlans.ORG, Optional.empty());
    account("head", Role.DIVISION_HEAD, TestPlans.ORG, Optional.of(TestPlans.FINANCE));
    account("staff", Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE));
    account("other", Role.SECRETARY, TestPlans.OTHER_ORG, Optional.empty());
    // Staff member s1 (Prasert, finance), with an overdue report, signs in for the own records.
    accounts.save(
        new Account("prasert", HASH, Role.STAFF, TestPlans.ORG, Optional.of(TestPlans.FINANCE), Optional.of("s1")));
    // A head of the clerk's office, whose division is not finance.
    account("clerkhead", Role.DIVISION_HEAD, TestPlans.ORG, Optional.of(TestPlans.CLERK));
  }

  /** A server whose clock stands still at {@link #AS_OF}. */
  public static TestServer start() {
    return start(WebConfig.defaults(Clock.fixed(AS_OF, WebConfig.THAILAND)));
  }

  /**
   * A server with the test years, kept in stores the forms write to: Ban Waen with its records,
   * the other organization without.
   */
  public static TestServer start(WebConfig config) {
    return new TestServer(config, StoredResults.none());
  }

  /** As {@link #start()}, with the stored batch evaluations the national pages show. */
  public static TestServer start(StoredResults results) {
    return new TestServer(WebConfig.defaults(Clock.fixed(AS_OF, WebConfig.THAILAND)), results);
  }

  private static Backend withResults(Backend b, StoredResults results) {
    return new Backend(b.years(), b.commands(), b.approvals(), b.accounts(), results);
  }

  /** A server of plans without records. */
  public static TestServer start(WebConfig config, PlanSource plans) {
    return new TestServer(config, DashboardSource.withoutRecords(plans, TestYears.HOLIDAYS));
  }

  public static TestServer start(WebConfig config, DashboardSource years) {
    return new TestServer(config, years);
  }

  private void account(String name, Role role, OrganizationCode org, Optional<DivisionCode> division) {
    accounts.save(new Account(name, HASH, role, org, division, Optional.empty()));
  }

  /** The records the server keeps, as stored now. */
  public MemoryRecords records() {
    return records;
  }

  /** The accounts the server signs in. */
  public AccountStore accounts() {
    return accounts;
  }

  /** The plans the server keeps. */
  public InMemoryPlanStore plans() {
    return plans;
  }

  /** The running server. */
  public Javalin app() {
    return app;
  }

  /** Every route of the server with its access rule. */
  public List<th.km.web.http.Routes.Route> routes() {
    return WebApp.routes(app);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  /** A new browser-like client with its own cookies. */
  public Browser browser() {
    return new Browser(this);
  }

  @Override
  public void close() {
    app.stop();
    if (knowledge != null) {
      knowledge.close();
    }
  }
}
