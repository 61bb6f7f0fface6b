package th.km.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.DateRange;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.calendar.MonthRange;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AssetStatus;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.Publication;
import th.km.core.records.Recognition;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * Writes organizations' years as the flat CSV tables that the DuckDB SQL and the columnar loop
 * read: every id becomes a number, every day its epoch day (empty for none), a division the index
 * of the plan's division (-2 for one the plan does not list), so both read the same rows the same
 * way. Records are written in organization order, and within one by {@link IndicatorSpec#kindCode}.
 *
 * <ul>
 *   <li>{@code orgs.csv}: org, code, ndiv (the plan's divisions);
 *   <li>{@code staff.csv}: org, person, cat, div, pos (a number per position text), birth, retire
 *       (a stated retirement day), dfrom, duntil;
 *   <li>{@code event.csv}: every record of the kinds read: org, kind, sub (meeting kind, topic,
 *       access channel, training setting, recognition kind, asset kind; a rating's 1 when improved),
 *       sub2 (training kind; an asset's 1 with a flowchart), day (the record's day: a training's
 *       start, an asset's creation), qty (an access's hits, else 1), rec, div (a meeting's or an
 *       asset's own division);
 *   <li>{@code event_person.csv}: rec, person: the staff a record names (a report's and a rating's
 *       are its training's person);
 *   <li>{@code training.csv}: rec, dend, dret (its end and the return to work);
 *   <li>{@code follow.csv}: org, kind, rec, training (its training's rec), day, improved: the
 *       reports and ratings of trainings;
 *   <li>{@code asset.csv}: rec, reach (reviewed or first published), pub (first published);
 *       {@code publication.csv}: rec, channel, day;
 *   <li>{@code holiday.csv}: day: the public holidays (weekends are days off too);
 *   <li>{@code indicator.csv}: the flattened indicators with the ordinal km gives their result.
 * </ul>
 */
final class EvaluationExport implements AutoCloseable {

  private final Map<String, BufferedWriter> files = new HashMap<>();
  private final LocalDate asOf;
  private final Map<String, Integer> persons = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private int org;
  private int rec;
  private int covered;
  private int uncovered;

  EvaluationExport(Path dir, LocalDate asOf, HolidayCalendar holidays) throws IOException {
    Files.createDirectories(dir);
    this.asOf = asOf;
    open(dir, "orgs", "org,code,ndiv");
    open(dir, "staff", "org,person,cat,div,pos,birth,retire,dfrom,duntil");
    open(dir, "event", "org,kind,sub,sub2,day,qty,rec,div");
    open(dir, "event_person", "rec,person");
    open(dir, "training", "rec,dend,dret");
    open(dir, "follow", "org,kind,rec,training,day,improved");
    open(dir, "asset", "rec,reach,pub");
    open(dir, "publication", "rec,channel,day");
    open(dir, "holiday", "day");
    open(dir, "indicator",
        "org,ordinal,rule,kind,mask,mask2,win,minst,chmask,unit,target,pop,cats,days,pstart,pend,as_of");
    for (LocalDate day : holidays.holidays().keySet()) {
      write("holiday", day.toEpochDay());
    }
  }

  private void open(Path dir, String name, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(dir.resolve(name + ".csv"), StandardCharsets.UTF_8);
    w.write(header);
    w.write('\n');
    files.put(name, w);
  }

  /** The indicators written, which all three sides evaluate. */
  int covered() {
    return covered;
  }

  /** The indicators left out of all three sides: their rule cannot be flattened. */
  int uncovered() {
    return uncovered;
  }

  /** Adds one organization's year. */
  void add(OrganizationYear year) {
    try {
      KmPlan plan = year.plan();
      YearRecords r = year.records();
      List<DivisionCode> divisions = plan.divisions().stream().map(d -> d.code()).toList();
      write("orgs", org, plan.organization().code().value(), divisions.size());
      for (StaffMember s : r.staff()) {
        write("staff", org, person(s.id()), s.category().ordinal(), division(s.division(), divisions),
            s.position().map(p -> (Object) positions.computeIfAbsent(p, k -> positions.size())).orElse(""),
            day(s.birthDate()), day(s.retirementDate()), day(s.activeFrom()), day(s.activeUntil()));
      }
      Map<String, Integer> trainingRecs = new HashMap<>();
      for (Meeting m : r.meetings()) {
        event(1, m.meetingKind().ordinal(), 0, m.date(), 1, division(m.division(), divisions), r, m);
      }
      for (EvaluationReport e : r.evaluationReports()) {
        event(2, 0, 0, e.submittedOn(), 1, "", r, e);
      }
      for (Acknowledgement a : r.acknowledgements()) {
        event(3, a.topic().ordinal(), 0, a.date(), 1, "", r, a);
      }
      for (AccessEvent a : r.accessEvents()) {
        event(4, a.channel().ordinal(), 0, a.date(), a.hits(), "", r, a);
      }
      for (Training t : r.trainings()) {
        trainingRecs.put(t.id(), rec);
        write("training", rec, t.end().toEpochDay(), t.returned().toEpochDay());
        event(5, t.setting().ordinal(), t.trainingKind().ordinal(), t.start(), 1, "", r, t);
      }
      for (TrainingReport t : r.trainingReports()) {
        write("follow", org, 6, rec, training(trainingRecs, t.trainingId()), t.submittedOn().toEpochDay(), 0);
        event(6, 0, 0, t.submittedOn(), 1, "", r, t);
      }
      for (SupervisorRating s : r.supervisorRatings()) {
        int improved = s.improved() ? 1 : 0;
        write("follow", org, 7, rec, training(trainingRecs, s.trainingId()), s.ratedOn().toEpochDay(), improved);
        event(7, improved, 0, s.ratedOn(), 1, "", r, s);
      }
      for (Recognition g : r.recognitions()) {
        event(8, g.recognitionKind().ordinal(), 0, g.date(), 1, "", r, g);
      }
      for (KnowledgeAsset a : r.knowledgeAssets()) {
        write("asset", rec, day(a.reachedOn(AssetStatus.REVIEWED)), day(a.reachedOn(AssetStatus.PUBLISHED)));
        for (Publication p : a.publications()) {
          write("publication", rec, p.channel().ordinal(), p.publishedOn().toEpochDay());
        }
        event(9, a.assetKind().ordinal(), a.withFlowchart() ? 1 : 0, a.createdOn(), 1,
            division(a.division(), divisions), r, a);
      }
      indicators(plan);
      org++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The indicators, numbered as {@code Evaluator} orders its results; those not flattened counted. */
  private void indicators(KmPlan plan) throws IOException {
    int ordinal = 0;
    for (KmGoal goal : plan.goals()) {
      for (PlanActivity activity : goal.activities()) {
        DateRange period =
            activity.period().months().map(MonthRange::toDateRange).orElse(plan.fiscalYear().range());
        for (Indicator i : activity.indicators()) {
          indicator(ordinal++, i, period);
        }
      }
    }
    for (MonitoringIndicator m : plan.monitoringIndicators()) {
      indicator(ordinal++, m.indicator(), plan.fiscalYear().range());
    }
  }

  private void indicator(int ordinal, Indicator indicator, DateRange period) throws IOException {
    Optional<IndicatorSpec> spec = IndicatorSpec.of(indicator.rule());
    if (spec.isEmpty()) {
      uncovered++;
      return;
    }
    covered++;
    IndicatorSpec s = spec.get();
    write("indicator", org, ordinal, s.rule(), s.kind(), s.mask(), s.mask2(), s.window(), s.minStatus(),
        s.channels(), s.unit(), s.target(), s.population(), s.categories(), s.days(),
        period.start().toEpochDay(), period.end().toEpochDay(), asOf.toEpochDay());
  }

  private void event(
      int kind, int sub, int sub2, LocalDate day, long qty, Object div, YearRecords r, YearRecord record)
      throws IOException {
    write("event", org, kind, sub, sub2, day.toEpochDay(), qty, rec, div);
    for (String p : r.personsOf(record)) {
      write("event_person", rec, person(p));
    }
    rec++;
  }

  private static Object training(Map<String, Integer> recs, String trainingId) {
    Integer t = recs.get(trainingId);
    return t == null ? "" : t;
  }

  private static Object division(Optional<DivisionCode> division, List<DivisionCode> divisions) {
    return division.map(d -> (Object) (divisions.contains(d) ? divisions.indexOf(d) : -2)).orElse("");
  }

  private void write(String table, Object... cells) throws IOException {
    BufferedWriter w = files.get(table);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(String.valueOf(cells[i]));
    }
    w.write('\n');
  }

  private int person(String id) {
    return persons.computeIfAbsent(org + "|" + id, k -> persons.size());
  }

  private static String day(Optional<LocalDate> day) {
    return day.map(d -> Long.toString(d.toEpochDay())).orElse("");
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter w : files.values()) {
      w.close();
    }
  }
}
