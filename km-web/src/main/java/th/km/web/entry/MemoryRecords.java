package th.km.web.entry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.DeletionRules;
import th.km.core.entry.EntryRules;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.StoredPlan;
import th.km.web.DashboardSource;

/**
 * Records of the year held in memory with their versions, for tests: it decides every write with
 * the same {@link EntryRules} as the database and forgets everything when dropped. The plans come
 * from the plan store it is given. Safe to share between threads.
 */
public final class MemoryRecords implements RecordCommands, DashboardSource.RecordReader {

  private final PlanStore plans;
  private final Map<RecordBook, YearRecords> years = new HashMap<>();
  private final Map<RecordBook, Map<String, Integer>> versions = new HashMap<>();
  private final Map<RecordBook, Map<String, DeletedRecord>> deleted = new HashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** A store whose plans are those of {@code plans}. */
  public MemoryRecords(PlanStore plans) {
    this.plans = plans;
  }

  /** Starts with the records of a year, each at version 0. */
  public synchronized MemoryRecords with(YearRecords records) {
    years.put(RecordBook.of(records.organization(), records.fiscalYear()), records);
    return this;
  }

  @Override
  public synchronized YearRecords records(OrganizationCode organization, FiscalYear year) {
    YearRecords stored = years.get(RecordBook.of(organization, year));
    return stored != null
        ? stored
        : YearRecords.builder().organization(organization).fiscalYear(year).build();
  }

  @Override
  public synchronized Optional<Versioned> find(RecordBook book, RecordKind kind, String id) {
    return records(book.organization(), book.fiscalYear())
        .byId(id)
        .filter(r -> r.kind() == kind)
        .map(r -> new Versioned(r, version(book, id)));
  }

  @Override
  public synchronized WriteResult add(RecordBook book, YearRecord record, Actor by) {
    YearRecords stored = records(book.organization(), book.fiscalYear());
    return switch (DeletionRules.add(book, plan(book), stored, deletedOf(book).keySet(), record)) {
      case EntryRules.Decision.Refuse r -> r.result();
      case EntryRules.Decision.Proceed p -> {
        years.put(book, EntryRules.with(stored, record));
        yield new WriteResult.Saved(0, p.warnings());
      }
    };
  }

  @Override
  public synchronized NumberedRecord.Added addNumbered(RecordBook book, NumberedRecord draft, Actor by) {
    YearRecords withDeleted = records(book.organization(), book.fiscalYear());
    for (DeletedRecord d : deletedOf(book).values()) {
      withDeleted = EntryRules.with(withDeleted, d.record());
    }
    YearRecord record = draft.numberedIn(withDeleted);
    return new NumberedRecord.Added(add(book, record, by), record);
  }

  @Override
  public synchronized WriteResult correct(
      RecordBook book, YearRecord record, int seenVersion, Actor by) {
    YearRecords stored = records(book.organization(), book.fiscalYear());
    Optional<Versioned> current =
        stored.byId(record.id()).map(r -> new Versioned(r, version(book, record.id())));
    return switch (EntryRules.correct(book, plan(book), stored, current, record, seenVersion)) {
      case EntryRules.Decision.Refuse r -> r.result();
      case EntryRules.Decision.Proceed p -> {
        years.put(book, EntryRules.with(stored, record));
        versions.computeIfAbsent(book, b -> new HashMap<>()).put(record.id(), seenVersion + 1);
        yield new WriteResult.Saved(seenVersion + 1, p.warnings());
      }
    };
  }

  @Override
  public synchronized WriteResult delete(
      RecordBook book, RecordKind kind, String id, int seenVersion, String reason, Actor by) {
    YearRecords stored = records(book.organization(), book.fiscalYear());
    Optional<Versioned> current = find(book, kind, id);
    return switch (DeletionRules.delete(book, kind, id, stored, current, seenVersion)) {
      case EntryRules.Decision.Refuse r -> r.result();
      case EntryRules.Decision.Proceed p -> {
        YearRecord record = current.orElseThrow().record();
        years.put(book, DeletionRules.without(stored, record));
        deletedOf(book)
            .put(id, new DeletedRecord(record, seenVersion + 1, clock.instant(), by.name(), reason));
        versions.computeIfAbsent(book, b -> new HashMap<>()).put(id, seenVersion + 1);
        yield new WriteResult.Saved(seenVersion + 1, p.warnings());
      }
    };
  }

  @Override
  public synchronized WriteResult restore(RecordBook book, RecordKind kind, String id, Actor by) {
    DeletedRecord gone = deletedOf(book).get(id);
    if (gone == null || gone.record().kind() != kind) {
      return DeletionRules.missing(book, kind, id);
    }
    YearRecords stored = records(book.organization(), book.fiscalYear());
    return switch (DeletionRules.restore(book, plan(book), stored, gone.record())) {
      case EntryRules.Decision.Refuse r -> r.result();
      case EntryRules.Decision.Proceed p -> {
        deletedOf(book).remove(id);
        years.put(book, EntryRules.with(stored, gone.record()));
        versions.computeIfAbsent(book, b -> new HashMap<>()).put(id, gone.version() + 1);
        yield new WriteResult.Saved(gone.version() + 1, p.warnings());
      }
    };
  }

  @Override
  public synchronized List<DeletedRecord> deleted(RecordBook book) {
    return new ArrayList<>(deletedOf(book).values());
  }

  private Map<String, DeletedRecord> deletedOf(RecordBook book) {
    return deleted.computeIfAbsent(book, b -> new LinkedHashMap<>());
  }

  private Optional<KmPlan> plan(RecordBook book) {
    return plans.latest(book.organization(), book.fiscalYear()).map(StoredPlan::plan);
  }

  private int version(RecordBook book, String id) {
    return versions.getOrDefault(book, Map.of()).getOrDefault(id, 0);
  }
}
