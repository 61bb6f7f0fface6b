package th.km.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.DateRange;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.Recognition;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Picks the records a selector asks for out of one organization's year. Every look-up goes through
 * the year's indices, so selecting is linear in the records of the selected kind.
 */
final class Selection {

  private final YearRecords records;
  /** What was gathered of each kind, once per evaluation on first use. */
  private final Map<RecordKind, KindView> views = new EnumMap<>(RecordKind.class);
  /**
   * The earliest day any record of the kind counts on ({@link LocalDate#MIN} for a record without
   * a day; empty without records), gathered only for a kind that {@link #anyRecorded} found no
   * record of by the day it asked.
   */
  private final Map<RecordKind, Optional<LocalDate>> firstDays = new EnumMap<>(RecordKind.class);
  /** A day some record of the kind counts on, met by {@link #anyRecorded}: any later day has one too. */
  private final Map<RecordKind, LocalDate> daysMet = new EnumMap<>(RecordKind.class);

  /**
   * The records of one kind sorted by id, stably. Whether every id is used once is known when they
   * came in strictly ascending order, which also spares the sort; otherwise it is taken as unknown
   * ({@code false}).
   */
  private record KindView(List<YearRecord> sortedById, boolean distinctIds) {}

  Selection(YearRecords records) {
    this.records = records;
  }

  YearRecords records() {
    return records;
  }

  /**
   * The records the selector picks, sorted by id: those that pass the filter and count on a day from
   * the window's start to {@code upTo}.
   */
  List<YearRecord> select(RecordSelector selector, DateRange period, LocalDate upTo) {
    List<YearRecord> picked = new ArrayList<>();
    RecordFilter filter = selector.filter();
    // Filtering the kind's records sorted by id once gives what sorting the picked ones would:
    // the sort is stable, so records with the same id keep the order they were added in.
    // A filter without facets lets every record of every kind through (see matches).
    boolean everything = filter.facets().isEmpty();
    for (YearRecord r : sortedById(selector.kind())) {
      if ((everything || matches(r, filter)) && inWindow(r, selector, period, upTo)) {
        picked.add(r);
      }
    }
    return picked;
  }

  /** The records of the kind sorted by id, stably: records with one id keep the order they came in. */
  List<YearRecord> sortedById(RecordKind kind) {
    return view(kind).sortedById();
  }

  private KindView view(RecordKind kind) {
    KindView view = views.get(kind);
    if (view == null) {
      // The year's lists are immutable: records already in ascending id order are used as they
      // are, and only records out of order are copied to be sorted.
      @SuppressWarnings("unchecked")
      List<YearRecord> all = (List<YearRecord>) records.ofKind(kind);
      boolean ascending = records.idsAscending(kind);
      List<YearRecord> sorted = Collections.unmodifiableList(all);
      if (!ascending) {
        List<YearRecord> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing(YearRecord::id));
        sorted = Collections.unmodifiableList(copy);
      }
      view = new KindView(sorted, ascending);
      views.put(kind, view);
    }
    return view;
  }

  /**
   * Whether the records of the kind are known to use each id once (so that a selection of them
   * needs no pass to drop repeated ids); false when some id may repeat.
   */
  boolean idsDistinct(RecordKind kind) {
    return view(kind).distinctIds();
  }

  /**
   * Whether any record of the kind exists by the day: without one, the indicator has no data. A
   * record by the day is mostly met among the first few, so the records are looked at until one is;
   * the earliest day of them all, gathered on the way, is kept only when none is. The day met is
   * kept too, so that a later call for that day or after looks at none.
   */
  boolean anyRecorded(RecordKind kind, LocalDate upTo) {
    LocalDate met = daysMet.get(kind);
    if (met != null && !met.isAfter(upTo)) {
      return true;
    }
    Optional<LocalDate> first = firstDays.get(kind);
    if (first == null) {
      List<? extends YearRecord> all = records.ofKind(kind);
      @Nullable LocalDate earliest = null;
      for (int i = 0, n = all.size(); i < n; i++) {
        LocalDate day = all.get(i).occurredOn().orElse(LocalDate.MIN);
        if (!day.isAfter(upTo)) {
          daysMet.put(kind, day);
          return true;
        }
        if (earliest == null || day.isBefore(earliest)) {
          earliest = day;
        }
      }
      first = Optional.ofNullable(earliest);
      firstDays.put(kind, first);
    }
    return first.isPresent() && !first.get().isAfter(upTo);
  }

  /** The staff members the record concerns who pass the filter's staff facets, sorted. */
  List<String> personsCounted(YearRecord r, RecordFilter filter) {
    List<String> persons = new ArrayList<>();
    for (String p : records.personsOf(r)) {
      if (personMatches(p, filter)) {
        persons.add(p);
      }
    }
    persons.sort(Comparator.naturalOrder());
    return persons;
  }

  /** Whether the staff member exists and passes the filter's division and category facets. */
  boolean personMatches(String personId, RecordFilter filter) {
    Optional<StaffMember> s = records.staffMember(personId);
    if (s.isEmpty()) {
      return false;
    }
    return (filter.divisions().isEmpty()
            || s.get().division().map(filter.divisions()::contains).orElse(false))
        && (filter.staffCategories().isEmpty()
            || filter.staffCategories().contains(s.get().category()));
  }

  /** The divisions a record belongs to: its own or its owner's, else those of the staff it names. */
  Set<DivisionCode> divisionsOf(YearRecord r) {
    Set<DivisionCode> divisions = new HashSet<>();
    switch (r) {
      case KnowledgeAsset a -> {
        if (a.division().isPresent()) {
          divisions.add(a.division().get());
        } else {
          addPersonDivisions(a, divisions);
        }
      }
      case Meeting m -> {
        m.division().ifPresent(divisions::add);
        addPersonDivisions(m, divisions);
      }
      case AccessEvent e ->
          records.knowledgeAsset(e.assetId()).ifPresent(a -> divisions.addAll(divisionsOf(a)));
      default -> addPersonDivisions(r, divisions);
    }
    return divisions;
  }

  private void addPersonDivisions(YearRecord r, Set<DivisionCode> divisions) {
    for (String p : records.personsOf(r)) {
      records.staffMember(p).flatMap(StaffMember::division).ifPresent(divisions::add);
    }
  }

  /**
   * Whether the record passes every facet of the filter. A filter without facets ({@code
   * facets().isEmpty()}) passes every record of every kind, which {@link #select} relies on.
   */
  boolean matches(YearRecord r, RecordFilter f) {
    if (!f.divisions().isEmpty() && divisionsOf(r).stream().noneMatch(f.divisions()::contains)) {
      return false;
    }
    if (!f.staffCategories().isEmpty()
        && records.personsOf(r).stream()
            .map(records::staffMember)
            .flatMap(Optional::stream)
            .noneMatch(s -> f.staffCategories().contains(s.category()))) {
      return false;
    }
    return switch (r) {
      case Training t -> trainingMatches(t, f);
      case TrainingReport t -> trainingMatches(records.training(t.trainingId()).orElse(null), f);
      case SupervisorRating s -> trainingMatches(records.training(s.trainingId()).orElse(null), f);
      case KnowledgeAsset a -> assetMatches(a, f) && assetDate(a, f).isPresent();
      case AccessEvent e ->
          (f.channels().isEmpty() || f.channels().contains(e.channel()))
              && (f.assetKinds().isEmpty()
                  || records
                      .knowledgeAsset(e.assetId())
                      .map(a -> f.assetKinds().contains(a.assetKind()))
                      .orElse(false));
      case Meeting m -> f.meetingKinds().isEmpty() || f.meetingKinds().contains(m.meetingKind());
      case Recognition g ->
          f.recognitionKinds().isEmpty() || f.recognitionKinds().contains(g.recognitionKind());
      case Acknowledgement a -> f.topics().isEmpty() || f.topics().contains(a.topic());
      case ProgressUpdate p -> f.activity().map(p.activity()::equals).orElse(true);
      default -> true;
    };
  }

  /**
   * What {@link #matches} gives for a training, without the switch on the record's type: the
   * rules on what follows a training ask it of every training.
   */
  boolean matchesTraining(Training t, RecordFilter f) {
    if (!f.divisions().isEmpty() || !f.staffCategories().isEmpty()) {
      return matches(t, f);
    }
    return trainingMatches(t, f);
  }

  /** Whether the training (null: none recorded) passes the filter's training facets. */
  private static boolean trainingMatches(@Nullable Training t, RecordFilter f) {
    if (f.trainingKinds().isEmpty() && f.trainingSettings().isEmpty()) {
      return true;
    }
    return t != null
        && (f.trainingKinds().isEmpty() || f.trainingKinds().contains(t.trainingKind()))
        && (f.trainingSettings().isEmpty() || f.trainingSettings().contains(t.setting()));
  }

  private static boolean assetMatches(KnowledgeAsset a, RecordFilter f) {
    return (f.assetKinds().isEmpty() || f.assetKinds().contains(a.assetKind()))
        && f.withFlowchart().map(w -> w == a.withFlowchart()).orElse(true);
  }

  /**
   * The day an asset starts to satisfy the filter: its creation, or the day it reached the minimum
   * status, or its first publication on one of the filter's channels, whichever is last.
   */
  private static Optional<LocalDate> assetDate(KnowledgeAsset a, RecordFilter f) {
    LocalDate day = a.createdOn();
    if (f.minimumStatus().isPresent()) {
      Optional<LocalDate> reached = a.reachedOn(f.minimumStatus().get());
      if (reached.isEmpty()) {
        return Optional.empty();
      }
      day = later(day, reached.get());
    }
    if (!f.channels().isEmpty()) {
      // The earliest publication on any of the channels, by a loop (every asset selected asks).
      @Nullable LocalDate published = null;
      for (PublicationChannel channel : f.channels()) {
        Optional<LocalDate> on = a.publishedOn(channel);
        if (on.isPresent() && (published == null || on.get().isBefore(published))) {
          published = on.get();
        }
      }
      if (published == null) {
        return Optional.empty();
      }
      day = later(day, published);
    }
    return Optional.of(day);
  }

  /** The day the record counts on under the filter; empty for a staff member. */
  Optional<LocalDate> countsOn(YearRecord r, RecordFilter f) {
    return r instanceof KnowledgeAsset a ? assetDate(a, f) : r.occurredOn();
  }

  /** Whether the record counts on a day from the window's start to {@code upTo}; staff: active then. */
  boolean inWindow(YearRecord r, RecordSelector s, DateRange period, LocalDate upTo) {
    if (r instanceof StaffMember staff) {
      return staff.isActiveOn(upTo);
    }
    // Access events, most of a year's records, give their day without an Optional.
    @Nullable LocalDate day =
        r instanceof AccessEvent e ? e.date() : countsOn(r, s.filter()).orElse(null);
    if (day == null || day.isAfter(upTo)) {
      return false;
    }
    return switch (s.window()) {
      case PERIOD -> !day.isBefore(period.start());
      case TO_DATE -> true;
    };
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
