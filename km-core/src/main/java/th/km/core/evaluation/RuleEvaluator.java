package th.km.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.km.core.LocalizedText;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.Population;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.target.ParsedTarget;

/**
 * Evaluates rules against one organization's year as of one day. Each rule reads only the records
 * of the kinds it needs, through the year's indices, so a rule costs time linear in those records.
 *
 * <p>Records count when they fall from the start of the period to the as-of day or the period's
 * end, whichever is first. Reports and ratings of trainings in the period count up to the as-of
 * day itself, so a report filed in October on a September training is seen.
 */
final class RuleEvaluator {

  private final KmPlan plan;
  private final Selection selection;
  private final LocalDate asOf;
  private final HolidayCalendar holidays;

  RuleEvaluator(KmPlan plan, Selection selection, LocalDate asOf, HolidayCalendar holidays) {
    this.plan = plan;
    this.selection = selection;
    this.asOf = asOf;
    this.holidays = holidays;
  }

  Outcome evaluate(IndicatorRule rule, DateRange period) {
    LocalDate upTo = asOf.isBefore(period.end()) ? asOf : period.end();
    Elapsed elapsed = Elapsed.of(period, asOf);
    return switch (rule) {
      case IndicatorRule.Count c -> count(c, period, upTo, elapsed);
      case IndicatorRule.Percentage p -> percentage(p, period, upTo, elapsed);
      case IndicatorRule.Coverage c -> coverage(c, period, upTo, elapsed);
      case IndicatorRule.DeadlineCompliance d -> deadlines(d, period, upTo, elapsed);
      case IndicatorRule.Occurrence o -> occurrence(o, period, upTo, elapsed);
      case IndicatorRule.BeforeAfter b -> beforeAfter(b, period, upTo, elapsed);
      case IndicatorRule.ReportOnly r -> reportOnly(r, period, upTo);
    };
  }

  /** A tally of selected records in one unit, with the ids behind it. */
  private record Tally(long value, List<String> ids) {}

  private Tally tally(RecordSelector selector, CountUnit unit, DateRange period, LocalDate upTo) {
    List<YearRecord> picked = selection.select(selector, period, upTo);
    Set<String> ids = new TreeSet<>();
    long value = 0;
    switch (unit) {
      case RECORDS -> {
        picked.forEach(r -> ids.add(r.id()));
        value = picked.size();
      }
      case QUANTITY -> {
        for (YearRecord r : picked) {
          ids.add(r.id());
          value += r.quantity();
        }
      }
      case PERSONS -> {
        Set<String> persons = new HashSet<>();
        for (YearRecord r : picked) {
          List<String> counted = selection.personsCounted(r, selector.filter());
          if (!counted.isEmpty()) {
            ids.add(r.id());
            ids.addAll(counted);
            persons.addAll(counted);
          }
        }
        value = persons.size();
      }
    }
    return new Tally(value, List.copyOf(ids));
  }

  private LocalizedText counted(RecordSelector selector, CountUnit unit, long value) {
    LocalizedText what = Texts.describe(selector, plan);
    return LocalizedText.of(
        "นับ" + what.th() + " ได้ " + value + " " + unit.thaiWord(),
        "counted " + value + " " + unit.englishWord(value) + " in " + what.en());
  }

  /**
   * Whether nothing at all is recorded of a kind that is a measurement, not an event: access counts
   * come from a counter that an organization may not keep, so their absence is no data. The absence
   * of an event (a meeting, a report, a manual) is the data: none happened.
   */
  private boolean sourceNotRecorded(RecordKind kind, LocalDate upTo) {
    return kind == RecordKind.ACCESS_EVENT && !selection.anyRecorded(kind, upTo);
  }

  private Outcome count(IndicatorRule.Count c, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (sourceNotRecorded(c.selector().kind(), upTo)) {
      return Outcome.noData(ValueUnit.COUNT, Texts.noData(c.selector().kind()));
    }
    Tally t = tally(c.selector(), c.unit(), period, upTo);
    Quantity q = Quantity.count(t.value());
    Judge.Judgement j =
        c.countTarget().comparator() == th.km.core.target.Comparator.AT_LEAST
            ? Judge.judgeWhole(t.value(), c.countTarget(), elapsed)
            : Judge.judge(q, c.countTarget(), elapsed);
    return new Outcome(
        j.status(),
        Optional.of(q),
        ValueUnit.COUNT,
        Texts.join(counted(c.selector(), c.unit(), t.value()), j.why()),
        t.ids());
  }

  private Outcome occurrence(
      IndicatorRule.Occurrence o, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (sourceNotRecorded(o.selector().kind(), upTo)) {
      return Outcome.noData(ValueUnit.COUNT, Texts.noData(o.selector().kind()));
    }
    Tally t = tally(o.selector(), CountUnit.RECORDS, period, upTo);
    Judge.Judgement j = Judge.judgeOccurrence(t.value(), o.atLeast(), elapsed);
    LocalizedText what = Texts.describe(o.selector(), plan);
    return new Outcome(
        j.status(),
        Optional.of(Quantity.count(t.value())),
        ValueUnit.COUNT,
        Texts.join(
            LocalizedText.of(
                "มี" + what.th() + " " + t.value() + " ครั้ง",
                what.en() + ": " + t.value()),
            j.why()),
        t.ids());
  }

  private Outcome reportOnly(IndicatorRule.ReportOnly r, DateRange period, LocalDate upTo) {
    if (r.measure().isEmpty()) {
      return new Outcome(
          Status.REPORT_ONLY, Optional.empty(), ValueUnit.COUNT, Texts.reportOnly(), List.of());
    }
    RecordSelector measure = r.measure().get();
    if (!selection.anyRecorded(measure.kind(), upTo)) {
      return new Outcome(
          Status.REPORT_ONLY,
          Optional.empty(),
          ValueUnit.COUNT,
          Texts.join(Texts.noData(measure.kind()), Texts.reportOnly()),
          List.of());
    }
    Tally t = tally(measure, r.unit(), period, upTo);
    return new Outcome(
        Status.REPORT_ONLY,
        Optional.of(Quantity.count(t.value())),
        ValueUnit.COUNT,
        Texts.join(counted(measure, r.unit(), t.value()), Texts.reportOnly()),
        t.ids());
  }

  /**
   * The population's staff ids, sorted. Staff retiring or turning 60 are those whose day has come
   * by the as-of day: the others need not have been recognized yet. Retirement falls at the end of
   * the fiscal year in which the person turns 60 ({@link StaffMember#retiresOn()}); a person who
   * left before the period, or who left service before that day (resigned before turning 60), is
   * not eligible.
   */
  private List<String> population(Population p, DateRange period, LocalDate upTo) {
    Optional<DateRange> sofar =
        upTo.isBefore(period.start())
            ? Optional.empty()
            : Optional.of(new DateRange(period.start(), upTo));
    Set<String> members = new TreeSet<>();
    for (StaffMember s : selection.records().staff()) {
      if (!selection.personMatches(s.id(), p.staffFilter())) {
        continue;
      }
      if (s.activeUntil().isPresent() && s.activeUntil().get().isBefore(period.start())) {
        continue; // left before the period: not one of its staff
      }
      boolean retiring = fallsIn(s.retiresOn(), sofar) && s.isActiveOn(s.retiresOn().orElseThrow());
      boolean sixty =
          fallsIn(s.sixtiethBirthday(), sofar) && s.isActiveOn(s.sixtiethBirthday().orElseThrow());
      boolean in =
          switch (p.kind()) {
            case ACTIVE_STAFF -> s.isActiveOn(upTo);
            case RETIRING -> retiring;
            case TURNING_SIXTY -> sixty;
            case RETIRING_OR_TURNING_SIXTY -> retiring || sixty;
          };
      if (in) {
        members.add(s.id());
      }
    }
    return List.copyOf(members);
  }

  private static boolean fallsIn(Optional<LocalDate> day, Optional<DateRange> range) {
    return day.isPresent() && range.isPresent() && range.get().contains(day.get());
  }

  private Outcome percentage(
      IndicatorRule.Percentage p, DateRange period, LocalDate upTo, Elapsed elapsed) {
    List<String> members = population(p.population(), period, upTo);
    LocalizedText who =
        LocalizedText.of(p.population().kind().thaiName(), p.population().kind().englishName());
    if (members.isEmpty()) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noMembers(who.th(), who.en()));
    }
    if (!selection.anyRecorded(p.qualifying().kind(), upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(p.qualifying().kind()));
    }
    Set<String> memberSet = new HashSet<>(members);
    Set<String> covered = new TreeSet<>();
    Set<String> ids = new TreeSet<>();
    for (YearRecord r : selection.select(p.qualifying(), period, upTo)) {
      for (String person : selection.records().personsOf(r)) {
        if (memberSet.contains(person)) {
          covered.add(person);
          ids.add(r.id());
          ids.add(person);
        }
      }
    }
    Quantity q = Quantity.share(covered.size(), members.size());
    Judge.Judgement j = Judge.judge(q, p.percentTarget(), elapsed);
    LocalizedText what = Texts.describe(p.qualifying(), plan);
    LocalizedText measured =
        LocalizedText.of(
            who.th() + " " + members.size() + " คน มี" + what.th() + " " + covered.size()
                + " คน คิดเป็น" + q.thai(),
            covered.size() + " of " + members.size() + " " + who.en() + " have " + what.en()
                + ": " + q.english());
    return new Outcome(
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), List.copyOf(ids));
  }

  private Outcome coverage(
      IndicatorRule.Coverage c, DateRange period, LocalDate upTo, Elapsed elapsed) {
    List<String> members = new ArrayList<>();
    List<String> thaiNames = new ArrayList<>();
    switch (c.set()) {
      case DIVISIONS -> {
        for (Division d : plan.divisions()) {
          members.add(d.code().value());
          thaiNames.add(d.name());
        }
      }
      case POSITIONS -> {
        Set<String> positions = new TreeSet<>();
        for (StaffMember s : selection.records().staff()) {
          if (s.isActiveOn(upTo)) {
            s.position().ifPresent(positions::add);
          }
        }
        members.addAll(positions);
        thaiNames.addAll(positions);
      }
      case ACTIVE_STAFF -> {
        Set<String> staff = new TreeSet<>();
        for (StaffMember s : selection.records().staff()) {
          if (s.isActiveOn(upTo)) {
            staff.add(s.id());
          }
        }
        members.addAll(staff);
        thaiNames.addAll(staff);
      }
    }
    if (members.isEmpty()) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noMembers(c.set().thaiName(), c.set().englishName()));
    }
    if (!selection.anyRecorded(c.qualifying().kind(), upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(c.qualifying().kind()));
    }
    Set<String> memberSet = new HashSet<>(members);
    Set<String> covered = new HashSet<>();
    Set<String> ids = new TreeSet<>();
    for (YearRecord r : selection.select(c.qualifying(), period, upTo)) {
      for (String key : keys(c.set(), r)) {
        if (memberSet.contains(key)) {
          covered.add(key);
          ids.add(r.id());
        }
      }
    }
    List<String> missingTh = new ArrayList<>();
    List<String> missingEn = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (!covered.contains(members.get(i))) {
        missingTh.add(thaiNames.get(i));
        missingEn.add(members.get(i));
      }
    }
    Quantity q = Quantity.share(covered.size(), members.size());
    Judge.Judgement j = Judge.judge(q, c.target().orElseThrow(), elapsed);
    LocalizedText what = Texts.describe(c.qualifying(), plan);
    LocalizedText measured =
        LocalizedText.of(
            "มี" + what.th() + " " + covered.size() + " จาก " + members.size() + " "
                + c.set().thaiName(),
            covered.size() + " of " + members.size() + " " + c.set().englishName() + " have "
                + what.en());
    LocalizedText reason =
        missingTh.isEmpty()
            ? Texts.join(measured, j.why())
            : Texts.join(
                measured,
                LocalizedText.of(
                    "ยังขาด: " + Texts.list(missingTh, missingEn).th(),
                    "missing: " + Texts.list(missingTh, missingEn).en()),
                j.why());
    return new Outcome(j.status(), Optional.of(q), ValueUnit.PERCENT, reason, List.copyOf(ids));
  }

  /** The members of the set a record covers. */
  private Set<String> keys(CoverageSet set, YearRecord r) {
    Set<String> keys = new HashSet<>();
    switch (set) {
      case DIVISIONS -> selection.divisionsOf(r).stream().map(DivisionCode::value).forEach(keys::add);
      case POSITIONS -> {
        for (String p : selection.records().personsOf(r)) {
          selection.records().staffMember(p).flatMap(StaffMember::position).ifPresent(keys::add);
        }
      }
      case ACTIVE_STAFF -> keys.addAll(selection.records().personsOf(r));
    }
    return keys;
  }

  /** The trainings in the filter that the person came back from in the period, by the day. */
  private List<Training> trainingsReturned(RecordFilter filter, DateRange period, LocalDate upTo) {
    List<Training> trainings = new ArrayList<>();
    for (Training t : selection.records().trainings()) {
      if (selection.matches(t, filter)
          && !t.returned().isBefore(period.start())
          && !t.returned().isAfter(upTo)) {
        trainings.add(t);
      }
    }
    trainings.sort(Comparator.comparing(Training::id));
    return trainings;
  }

  private Outcome deadlines(
      IndicatorRule.DeadlineCompliance d, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (!selection.anyRecorded(RecordKind.TRAINING, upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(RecordKind.TRAINING));
    }
    long onTime = 0;
    long late = 0;
    long overdue = 0;
    long pending = 0;
    Set<String> ids = new TreeSet<>();
    for (Training t : trainingsReturned(d.trainings(), period, upTo)) {
      DueDate due = DueDates.reportDue(t.returned(), d.days(), holidays);
      Optional<TrainingReport> first =
          selection.records().reportsOf(t.id()).stream()
              .filter(r -> !r.submittedOn().isAfter(asOf))
              .min(
                  Comparator.comparing(TrainingReport::submittedOn)
                      .thenComparing(TrainingReport::id));
      if (!asOf.isAfter(due.due())) {
        pending++; // not due so far, filed or not: an early report is not yet a report due
      } else if (first.isPresent()) {
        ids.add(t.id());
        ids.add(first.get().id());
        if (due.isMetBy(first.get().submittedOn())) {
          onTime++;
        } else {
          late++;
        }
      } else {
        ids.add(t.id());
        overdue++;
      }
    }
    long decided = onTime + late + overdue;
    LocalizedText trainings = Texts.describeTrainings(d.trainings(), plan);
    if (decided == 0) {
      return Outcome.noData(
          ValueUnit.PERCENT,
          LocalizedText.of(
              "ยังไม่มี" + trainings.th() + "ที่ถึงกำหนดส่งรายงาน (ยังไม่ถึงกำหนด " + pending + " รายการ)"
                  + " จึงยังประเมินไม่ได้",
              "no report on " + trainings.en() + " has fallen due yet (" + pending
                  + " not yet due), so it cannot be evaluated"));
    }
    Quantity q = Quantity.share(onTime, decided);
    Judge.Judgement j = judgeOnTimeShare(q, d.percentTarget(), late + overdue, elapsed);
    LocalizedText measured =
        LocalizedText.of(
            trainings.th() + " ที่ถึงกำหนดส่งรายงานแล้ว " + decided + " รายการ ส่งภายใน " + d.days()
                + " วัน " + onTime + " รายการ คิดเป็น" + q.thai() + " ส่งล่าช้า " + late
                + " รายการ ยังไม่ส่งและเลยกำหนด " + overdue + " รายการ ยังไม่ถึงกำหนด " + pending
                + " รายการ (นับตาม ป.พ.พ. มาตรา ๑๙๓/๓ และ ๑๙๓/๘)",
            onTime + " of " + decided + " reports on " + trainings.en() + " due so far were filed within "
                + d.days() + " days: " + q.english() + "; " + late + " late, " + overdue
                + " overdue and not filed, " + pending
                + " not yet due (days counted by the Civil and Commercial Code s. 193/3 and 193/8)");
    return new Outcome(
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), List.copyOf(ids));
  }

  /**
   * An on-time share, unlike a count, can fall: a report filed late later lowers it, and a late one
   * never becomes on time. So before the period ends a share that meets its target is only on track,
   * and a target of every report on time that late or overdue ones already rule out is not met:
   * it cannot be reached any more, whatever the elapsed share.
   */
  private static Judge.Judgement judgeOnTimeShare(
      Quantity q, ParsedTarget.Percentage target, long missed, Elapsed elapsed) {
    Judge.Judgement j = Judge.judge(q, target, elapsed);
    if (elapsed.ended()) {
      return j;
    }
    boolean everyOne =
        target.comparator() == th.km.core.target.Comparator.AT_LEAST
            && target.percent().compareTo(BigDecimal.valueOf(100)) >= 0;
    if (everyOne && missed > 0) {
      return new Judge.Judgement(
          Status.NOT_MET,
          LocalizedText.of(
              "มีรายงานที่ส่งล่าช้าหรือเลยกำหนดแล้ว " + missed + " รายการ จึงไม่อาจได้ "
                  + target.describe().th() + " ได้อีก",
              missed + " reports are already late or overdue, so " + target.describe().en()
                  + " can no longer be reached"));
    }
    if (j.status() == Status.MET) {
      return new Judge.Judgement(Status.ON_TRACK, Texts.withinSoFar(target.describe()));
    }
    return j;
  }

  private Outcome beforeAfter(
      IndicatorRule.BeforeAfter b, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (!selection.anyRecorded(RecordKind.TRAINING, upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(RecordKind.TRAINING));
    }
    Set<String> trained = new TreeSet<>();
    Set<String> rated = new HashSet<>();
    Set<String> improved = new HashSet<>();
    Set<String> ids = new TreeSet<>();
    for (Training t : selection.records().trainings()) {
      if (!selection.matches(t, b.trainings())
          || t.end().isBefore(period.start())
          || t.end().isAfter(upTo)) {
        continue;
      }
      trained.add(t.personId());
      ids.add(t.id());
      for (SupervisorRating r : selection.records().ratingsOf(t.id())) {
        if (!r.ratedOn().isAfter(asOf)) {
          rated.add(t.personId());
          ids.add(r.id());
          if (r.improved()) {
            improved.add(t.personId());
          }
        }
      }
    }
    LocalizedText trainings = Texts.describeTrainings(b.trainings(), plan);
    if (trained.isEmpty()) {
      return Outcome.noData(
          ValueUnit.PERCENT,
          Texts.noMembers("ผู้ผ่าน" + trainings.th(), "staff who completed " + trainings.en()));
    }
    if (!selection.anyRecorded(RecordKind.SUPERVISOR_RATING, asOf)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(RecordKind.SUPERVISOR_RATING));
    }
    Quantity q = Quantity.share(improved.size(), trained.size());
    Judge.Judgement j = Judge.judge(q, b.percentTarget(), elapsed);
    LocalizedText measured =
        LocalizedText.of(
            "ผู้ผ่าน" + trainings.th() + " " + trained.size()
                + " คน ผู้บังคับบัญชาประเมินว่าการปฏิบัติงานหลังการพัฒนาดีขึ้น " + improved.size()
                + " คน คิดเป็น" + q.thai() + " ยังไม่ได้ประเมิน " + (trained.size() - rated.size())
                + " คน",
            improved.size() + " of " + trained.size() + " staff who completed " + trainings.en()
                + " were rated higher after than before: " + q.english() + "; "
                + (trained.size() - rated.size()) + " not rated yet");
    return new Outcome(
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), List.copyOf(ids));
  }
}
