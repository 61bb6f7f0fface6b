package th.km.persistence.records;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.ActivityRef;
import th.km.core.records.RecordKind;

/**
 * What the reading of one folder knows beyond the line at hand: the fiscal year, the plan's
 * divisions and activities when a plan is given, and the ids read so far with where they stand.
 * Files are read so that every reference points to a kind read before it (a report to a training,
 * a training to a staff member), which lets each reference be checked on its own line.
 */
final class FolderContext {

  /** Where a record stands in the folder. */
  record Location(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** The first birth day and the first day of service any record may name. */
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final LocalDate EARLIEST_SERVICE = LocalDate.of(1950, 1, 1);

  /** Youngest age at which a person can be on the staff. */
  private static final int YOUNGEST_STAFF_AGE = 15;

  /** How far before its fiscal year an event of the year can lie: further study runs for years. */
  private static final int EVENT_YEARS_BEFORE = 5;

  /** How far after its fiscal year an event of the year can lie: late reports and ratings. */
  private static final int EVENT_YEARS_AFTER = 2;

  /** How far after its fiscal year a service date (a retirement) can lie. */
  private static final int SERVICE_YEARS_AFTER = 50;

  private final Optional<FiscalYear> fiscalYear;
  private final Optional<Set<DivisionCode>> divisions;
  private final Optional<Set<ActivityRef>> activities;
  private final List<Division> planDivisions;
  private final Map<RecordKind, Set<String>> idsByKind = new EnumMap<>(RecordKind.class);
  private final Map<String, Location> firstUse = new HashMap<>();
  private final Map<String, RecordKind> kindOfId = new HashMap<>();

  FolderContext(Optional<FiscalYear> fiscalYear, Optional<KmPlan> plan) {
    this.fiscalYear = fiscalYear;
    this.divisions =
        plan.map(p -> p.divisions().stream().map(Division::code).collect(Collectors.toSet()));
    this.activities =
        plan.map(
            p -> {
              Set<ActivityRef> refs = new HashSet<>();
              p.goals()
                  .forEach(
                      g -> g.activities().forEach(a -> refs.add(new ActivityRef(g.number(), a.number()))));
              return refs;
            });
    this.planDivisions = plan.map(KmPlan::divisions).orElse(List.of());
  }

  Optional<FiscalYear> fiscalYear() {
    return fiscalYear;
  }

  /** The sane days for a date in the role. */
  DateBounds bounds(DateRole role) {
    LocalDate first = fiscalYear.map(FiscalYear::firstDay).orElse(LocalDate.of(2000, 1, 1));
    LocalDate last = fiscalYear.map(FiscalYear::lastDay).orElse(LocalDate.of(2099, 12, 31));
    return switch (role) {
      case EVENT ->
          new DateBounds(first.minusYears(EVENT_YEARS_BEFORE), last.plusYears(EVENT_YEARS_AFTER));
      case BIRTH -> new DateBounds(EARLIEST_BIRTH, last.minusYears(YOUNGEST_STAFF_AGE));
      case SERVICE -> new DateBounds(EARLIEST_SERVICE, last.plusYears(SERVICE_YEARS_AFTER));
    };
  }

  /** The plan's divisions, when a plan is given, to tell which codes are known. */
  Optional<Set<DivisionCode>> divisions() {
    return divisions;
  }

  /** The plan's divisions as "code (name)" for a message; empty without a plan. */
  String divisionList() {
    return planDivisions.stream()
        .map(d -> d.code() + " (" + d.name() + ")")
        .collect(Collectors.joining(", "));
  }

  Optional<Set<ActivityRef>> activities() {
    return activities;
  }

  /**
   * Registers the id of a record; returns where the id was first used when it is taken already.
   */
  Optional<Location> register(String id, RecordKind kind, Location at) {
    Location earlier = firstUse.putIfAbsent(id, at);
    if (earlier != null) {
      return Optional.of(earlier);
    }
    kindOfId.put(id, kind);
    idsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    return Optional.empty();
  }

  boolean isKnown(String id, RecordKind kind) {
    return idsByKind.getOrDefault(kind, Set.of()).contains(id);
  }

  /** The kind of the record that has the id, when some other kind has it. */
  Optional<RecordKind> kindOf(String id) {
    return Optional.ofNullable(kindOfId.get(id));
  }

  /** Where the record with the id stands, the first one when the id is used twice. */
  Optional<Location> locationOf(String id) {
    return Optional.ofNullable(firstUse.get(id));
  }

  /** What a date is the date of, which gives its sane range. */
  enum DateRole {
    /** A day in the year's life: a training, a report, a meeting. */
    EVENT,
    /** A birth day. */
    BIRTH,
    /** A day of joining, leaving or retiring. */
    SERVICE
  }

  /** The first and last sane day, both included. */
  record DateBounds(LocalDate first, LocalDate last) {
    boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }
}
