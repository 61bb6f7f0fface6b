package th.km.web;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.account.AccountStore;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditLog;
import th.km.core.rollup.StoredResults;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.persistence.db.Database;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.search.KnowledgeSearch;
import th.km.web.cache.CachedAccounts;
import th.km.web.cache.CachedYears;
import th.km.web.cache.WriteCount;
import th.km.web.entry.MemoryRecords;
import th.km.web.plan.PlanApprovals;
import th.km.web.reading.ReadingBackend;
import th.km.web.reading.TrainingDrafts;

/**
 * What the web server reads and writes: the years it shows, where records are written, the plan
 * versions to approve, and the accounts.
 *
 * @param years the plans, records and holidays of each organization's years
 * @param commands where the data-entry forms write records
 * @param approvals the plan versions the CKO and the chair approve
 * @param accounts who may sign in
 * @param results the stored batch evaluations the national and province pages show
 * @param audit the audit log the audit page shows
 * @param knowledge the knowledge base: asset contents, versions and attachments; empty on a server
 *     without a database, whose knowledge pages say so
 * @param reading what reading the knowledge base keeps (reads, mandatory reading, links, the
 *     portal's setting); empty without a database
 * @param search the knowledge base's search, following the same store; empty on a server without a
 *     database, whose search finds nothing
 */
public record Backend(
    DashboardSource years,
    RecordCommands commands,
    PlanApprovals approvals,
    AccountStore accounts,
    StoredResults results,
    AuditLog audit,
    Optional<KnowledgeStore> knowledge,
    Optional<ReadingBackend> reading,
    Optional<KnowledgeSearch> search) {

  /** A backend that keeps no audit log to show and has no knowledge base. */
  public Backend(
      DashboardSource years,
      RecordCommands commands,
      PlanApprovals approvals,
      AccountStore accounts,
      StoredResults results) {
    this(
        years,
        commands,
        approvals,
        accounts,
        results,
        AuditLog.none(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same backend with the knowledge base and what its reading keeps. */
  public Backend withKnowledge(KnowledgeStore store, ReadingBackend readingBackend) {
    return new Backend(
        years,
        commands,
        approvals,
        accounts,
        results,
        audit,
        Optional.of(store),
        Optional.of(readingBackend),
        search);
  }

  /**
   * A database: every plan's latest version is shown; records are written with the audit log
   * naming the signed-in account, and so are approvals. {@code clock} is the server's. Accounts and
   * each organization's years are read once per count of the database's writes.
   */
  public static Backend of(Database database, Clock clock, HolidayCalendar holidays) {
    PlanStore plans = database.planStore(clock);
    RecordStore records = database.recordStore();
    // Every store of the database counts its writes in one place: what the server keeps between
    // requests is kept per count, so no write path has to remember to invalidate it.
    WriteCount writes = database.writes()::current;
    KnowledgeStore knowledge = database.knowledgeStore(clock);
    ReadingBackend reading = ReadingBackend.of(database, clock);
    return new Backend(
        new CachedYears(DashboardSource.fromStores(plans, records::records, holidays), writes),
        // A filed post-training report becomes a draft knowledge asset for the secretary to review.
        new TrainingDrafts(database.recordCommands(clock), knowledge, reading.links()),
        PlanApprovals.of(by -> database.planStore(clock, by), database.auditLog()),
        new CachedAccounts(database.accountStore(), writes),
        database.storedResults(),
        database.auditLog(),
        Optional.of(knowledge),
        Optional.of(reading),
        // The search listens to the same store the pages write through, so it hears every write.
        Optional.of(KnowledgeSearch.open(database, database.location(), knowledge)));
  }

  /** Plans from the store and records held in memory, corrections included, for tests. */
  public static Backend of(
      PlanStore plans, MemoryRecords records, AccountStore accounts, HolidayCalendar holidays) {
    Function<Actor, PlanStore> asAnyone = by -> plans;
    return new Backend(
        DashboardSource.fromStores(plans, records, holidays),
        records,
        PlanApprovals.of(asAnyone),
        accounts,
        StoredResults.none());
  }

  /**
   * A server that shows the years without keeping anything: every write is refused with a message
   * that says so, and no plan version can be approved.
   */
  public static Backend readOnly(DashboardSource years, AccountStore accounts) {
    return new Backend(years, new ReadOnly(), PlanApprovals.none(), accounts, StoredResults.none());
  }

  /** Refuses every write: the server shows years it does not keep. */
  private static final class ReadOnly implements RecordCommands {

    private static final WriteResult REFUSED =
        WriteResult.Rejected.because(
            "เซิร์ฟเวอร์นี้แสดงข้อมูลอย่างเดียว ไม่บันทึกข้อมูลใหม่",
            "this server only shows data and keeps nothing new");

    @Override
    public WriteResult add(RecordBook book, YearRecord record, Actor by) {
      return REFUSED;
    }

    @Override
    public WriteResult correct(RecordBook book, YearRecord record, int seenVersion, Actor by) {
      return REFUSED;
    }

    @Override
    public Optional<Versioned> find(RecordBook book, RecordKind kind, String id) {
      return Optional.empty();
    }
  }
}
