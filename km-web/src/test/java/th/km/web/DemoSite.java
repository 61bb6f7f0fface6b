package th.km.web;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import th.km.core.account.Account;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * The demo (Ban Waen, B.E. 2569, its accounts) served from an H2 database in a folder of its own, as
 * of 25 November 2026, after the year: the fixture of the tests that correct, delete and restore
 * records and change accounts, and then read what the store and the audit log hold. A test class
 * registers it once ({@code @RegisterExtension final DemoSite site = new DemoSite();}) and each of
 * its tests gets a new demo, stopped and its folder deleted after the test.
 */
final class DemoSite implements BeforeEachCallback, AfterEachCallback {

  static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  static final String ORG = "/organizations/ban-waen";
  static final String API = "/api/v1/organizations/ban-waen";

  /** The demo a test runs against, with the folder that holds its database. */
  private record Started(Demo demo, Path folder) {}

  private @Nullable Started started;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Path folder = Files.createTempDirectory("km-demo-site");
    started = new Started(Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder)), folder);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    Started test = started;
    started = null;
    if (test != null) {
      try {
        test.demo().stop();
      } finally {
        MoreFiles.deleteRecursively(test.folder(), RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }

  /** The demo of the running test. */
  Demo demo() {
    Started test = started;
    if (test == null) {
      throw new IllegalStateException("the demo runs only during a test: register DemoSite with @RegisterExtension");
    }
    return test.demo();
  }

  OrganizationCode code() {
    return demo().loaded().plan().organization().code();
  }

  private FiscalYear year() {
    return demo().loaded().plan().fiscalYear();
  }

  /** A new client, with no session yet. */
  DemoClient client() {
    return new DemoClient(demo().app().port());
  }

  /** The demo account's password. */
  String password(String username) {
    return credentials(username).password();
  }

  /** The demo account of the username. */
  Account account(String username) {
    return credentials(username).account();
  }

  /** The records of the year as stored now. */
  YearRecords records() {
    return demo().database().recordStore().records(code(), year());
  }

  /** The audit log's entries of the action ({@code training.correct}) about the record. */
  List<AuditEntry> audit(String action, String id) {
    return demo().database().auditLog().entries(code()).stream()
        .filter(e -> e.action().equals(action) && e.entityId().equals(year().buddhistYear() + "/" + id))
        .toList();
  }

  private DemoAccounts.Credentials credentials(String username) {
    return demo().loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .findFirst()
        .orElseThrow();
  }
}
