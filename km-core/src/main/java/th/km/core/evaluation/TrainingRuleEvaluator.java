package th.km.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.DueDate;
import th.km.core.calendar.DueDates;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.RecordFilter;
import th.km.core.plan.KmPlan;
import th.km.core.records.RecordKind;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.target.ParsedTarget;

/**
 * Evaluates the rules on what follows a training: whether its reports were filed within the days
 * the plan allows (counted over holidays), and whether supervisors rated the trained staff higher
 * after than before. Reports and ratings count up to the as-of day itself; see {@link
 * RuleEvaluator}.
 */
final class TrainingRuleEvaluator {

  private final KmPlan plan;
  private final Selection selection;
  private final LocalDate asOf;
  private final HolidayCalendar holidays;
  /** The due dates worked out so far in this evaluation, by the days allowed then the return day. */
  private final Map<Integer, Map<LocalDate, DueDate>> dueDates = new HashMap<>();


  TrainingRuleEvaluator(
      KmPlan plan, Selection selection, LocalDate asOf, HolidayCalendar holidays) {
    this.plan = plan;
    this.selection = selection;
    this.asOf = asOf;
    this.holidays = holidays;
  }

  /** When reports are due by the return day, for one length of days, worked out once per evaluation. */
  private Map<LocalDate, DueDate> dueDates(int days) {
    return dueDates.computeIfAbsent(days, d -> new HashMap<>());
  }

  /** Whether report a was filed before b: by the day, then by the id. */
  private static boolean filedBefore(TrainingReport a, TrainingReport b) {
    int byDay = a.submittedOn().compareTo(b.submittedOn());
    return (byDay != 0 ? byDay : a.id().compareTo(b.id())) < 0;
  }

  /** The first report filed on the training by the as-of day, by the day then the id. */
  private @Nullable TrainingReport firstFiled(String trainingId) {
    @Nullable TrainingReport first = null;
    for (TrainingReport r : selection.records().reportsOf(trainingId)) {
      if (!r.submittedOn().isAfter(asOf) && (first == null || filedBefore(r, first))) {
        first = r;
      }
    }
    return first;
  }

  Outcome deadlines(
      IndicatorRule.DeadlineCompliance d, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (!selection.anyRecorded(RecordKind.TRAINING, upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(RecordKind.TRAINING));
    }
    Deadlines due = new Deadlines(d, period.start(), upTo);
    // Taken from the trainings sorted by id once per evaluation: what sorting the picked ones gives.
    for (YearRecord r : selection.sortedById(RecordKind.TRAINING)) {
      due.consider((Training) r);
    }
    long onTime = due.onTime;
    long late = due.late;
    long overdue = due.overdue;
    long pending = due.pending;
    SortedIds ids = due.ids;
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
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), ids.toList());
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

  Outcome beforeAfter(
      IndicatorRule.BeforeAfter b, DateRange period, LocalDate upTo, Elapsed elapsed) {
    if (!selection.anyRecorded(RecordKind.TRAINING, upTo)) {
      return Outcome.noData(ValueUnit.PERCENT, Texts.noData(RecordKind.TRAINING));
    }
    Ratings ratings = new Ratings(b.trainings(), period.start(), upTo);
    for (Training t : selection.records().trainings()) {
      ratings.consider(t);
    }
    Set<String> trained = ratings.trained;
    Set<String> rated = ratings.rated;
    Set<String> improved = ratings.improved;
    SortedIds ids = ratings.ids;
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
        j.status(), Optional.of(q), ValueUnit.PERCENT, Texts.join(measured, j.why()), ids.toList());
  }

  /**
   * The reports on the trainings in a filter that the person came back from in a window, tallied
   * by whether they were due and filed in time. Each training is taken by a call of its own, which
   * the JIT compiles after a few hundred, as {@link Ratings} does.
   */
  private final class Deadlines {

    private final IndicatorRule.DeadlineCompliance rule;
    private final Map<LocalDate, DueDate> due;
    private final LocalDate from;
    private final LocalDate upTo;
    long onTime;
    long late;
    long overdue;
    long pending;
    final SortedIds ids = new SortedIds();

    Deadlines(IndicatorRule.DeadlineCompliance rule, LocalDate from, LocalDate upTo) {
      this.rule = rule;
      this.due = dueDates(rule.days());
      this.from = from;
      this.upTo = upTo;
    }

    void consider(Training t) {
      if (!selection.matchesTraining(t, rule.trainings())
          || t.returned().isBefore(from)
          || t.returned().isAfter(upTo)) {
        return;
      }
      DueDate due = this.due.get(t.returned());
      if (due == null) {
        due = DueDates.reportDue(t.returned(), rule.days(), holidays);
        this.due.put(t.returned(), due);
      }
      if (!asOf.isAfter(due.due())) {
        pending++; // not due so far, filed or not: an early report is not yet a report due
        return;
      }
      TrainingReport first = firstFiled(t.id());
      if (first != null) {
        ids.add(t.id());
        ids.addReferenced(first.id());
        if (due.isMetBy(first.submittedOn())) {
          onTime++;
        } else {
          late++;
        }
      } else {
        ids.add(t.id());
        overdue++;
      }
    }
  }

  /**
   * The trainees of the trainings in a filter that ended in a window, and their ratings by the
   * as-of day. Each training is taken by a call of its own, which the JIT compiles after a few
   * hundred: a loop of a method called once per evaluation would run interpreted for long.
   */
  private final class Ratings {

    private final RecordFilter filter;
    private final LocalDate from;
    private final LocalDate upTo;
    final Set<String> trained = new HashSet<>();
    final Set<String> rated = new HashSet<>();
    final Set<String> improved = new HashSet<>();
    final SortedIds ids = new SortedIds();

    Ratings(RecordFilter filter, LocalDate from, LocalDate upTo) {
      this.filter = filter;
      this.from = from;
      this.upTo = upTo;
    }

    void consider(Training t) {
      if (!selection.matchesTraining(t, filter) || t.end().isBefore(from) || t.end().isAfter(upTo)) {
        return;
      }
      trained.add(t.personId());
      ids.add(t.id());
      for (SupervisorRating r : selection.records().ratingsOf(t.id())) {
        if (!r.ratedOn().isAfter(asOf)) {
          rated.add(t.personId());
          ids.addReferenced(r.id());
          if (r.improved()) {
            improved.add(t.personId());
          }
        }
      }
    }
  }
}
