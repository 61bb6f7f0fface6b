package th.km.web.entry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
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
    return switch (EntryRules.add(book, plan(book), stored, record)) {
      case EntryRules.Decision.Refuse r -> r.result();
      case EntryRules.Decision.Proceed p -> {
        years.put(book, EntryRules.with(stored, record));
        yield new WriteResult.Saved(0, p.warnings());
      }
    };
  }

  @Override
  public synchronized NumberedRecord.Added addNumbered(RecordBook book, NumberedRecord draft, Actor by) {
    YearRecord record = draft.numberedIn(records(book.organization(), book.fiscalYear()));
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

  private Optional<KmPlan> plan(RecordBook book) {
    return plans.latest(book.organization(), book.fiscalYear()).map(StoredPlan::plan);
  }

  private int version(RecordBook book, String id) {
    return versions.getOrDefault(book, Map.of()).getOrDefault(id, 0);
  }
}
