package th.km.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.audit.AuditEntry;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * The demo (Ban Waen, B.E. 2569, its accounts) served from an H2 database in a folder, as of 25
 * November 2026, after the year: the fixture of the tests that correct, delete and restore records
 * and change accounts, and then read what the store and the audit log hold.
 */
final class DemoSite implements AutoCloseable {

  static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  static final String ORG = "/organizations/ban-waen";
  static final String API = "/api/v1/organizations/ban-waen";

  private final Demo demo;
  private final OrganizationCode code;
  private final FiscalYear year;

  private DemoSite(Demo demo) {
    this.demo = demo;
    this.code = demo.loaded().plan().organization().code();
    this.year = demo.loaded().plan().fiscalYear();
  }

  /** Starts the demo on a free port with its database in the folder. */
  static DemoSite start(Path folder) {
    return new DemoSite(Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder)));
  }

  Demo demo() {
    return demo;
  }

  OrganizationCode code() {
    return code;
  }

  /** A new client, with no session yet. */
  DemoClient client() {
    return new DemoClient(demo.app().port());
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
    return demo.database().recordStore().records(code, year);
  }

  /** The audit log's entries of the action ({@code training.correct}) about the record. */
  List<AuditEntry> audit(String action, String id) {
    return demo.database().auditLog().entries(code).stream()
        .filter(e -> e.action().equals(action) && e.entityId().equals(year.buddhistYear() + "/" + id))
        .toList();
  }

  private DemoAccounts.Credentials credentials(String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void close() {
    demo.stop();
  }
}
