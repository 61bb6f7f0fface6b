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
import th.km.core.calendar.MonthRange;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.Meeting;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;

/**
 * Writes organizations' years as the flat CSV tables that the DuckDB SQL and the columnar loop
 * read: every id becomes a number, every day its epoch day, so both read the same rows the same
 * way. {@code orgs.csv} (org, code), {@code staff.csv} (org, person, cat, dfrom, duntil; empty for
 * none), {@code event.csv} (org, kind, sub, day, qty, rec: meetings, M&amp;E reports,
 * acknowledgements and access events, in organization order), {@code event_person.csv} (rec,
 * person) and {@code indicator.csv}: the covered indicators with the ordinal km gives their result.
 */
final class EvaluationExport implements AutoCloseable {

  private final BufferedWriter orgs;
  private final BufferedWriter staff;
  private final BufferedWriter events;
  private final BufferedWriter eventPersons;
  private final BufferedWriter indicators;
  private final LocalDate asOf;
  private final Map<String, Integer> persons = new HashMap<>();
  private int org;
  private int rec;

  EvaluationExport(Path dir, LocalDate asOf) throws IOException {
    Files.createDirectories(dir);
    this.asOf = asOf;
    orgs = open(dir, "orgs.csv", "org,code");
    staff = open(dir, "staff.csv", "org,person,cat,dfrom,duntil");
    events = open(dir, "event.csv", "org,kind,sub,day,qty,rec");
    eventPersons = open(dir, "event_person.csv", "rec,person");
    indicators = open(dir, "indicator.csv", "org,ordinal,rule,kind,mask,unit,target,cats,pstart,pend,as_of");
  }

  private static BufferedWriter open(Path dir, String name, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    w.write(header);
    w.write('\n');
    return w;
  }

  /** Adds one organization's year. */
  void add(OrganizationYear year) {
    try {
      KmPlan plan = year.plan();
      YearRecords r = year.records();
      orgs.write(org + "," + plan.organization().code().value() + "\n");
      for (StaffMember s : r.staff()) {
        staff.write(org + "," + person(s.id()) + "," + s.category().ordinal() + "," + day(s.activeFrom())
            + "," + day(s.activeUntil()) + "\n");
      }
      for (Meeting m : r.meetings()) {
        event(1, m.meetingKind().ordinal(), m.date(), 1, m.attendeeIds());
      }
      for (EvaluationReport e : r.evaluationReports()) {
        event(2, 0, e.submittedOn(), 1, List.of());
      }
      for (Acknowledgement a : r.acknowledgements()) {
        event(3, a.topic().ordinal(), a.date(), 1, List.of(a.personId()));
      }
      for (AccessEvent a : r.accessEvents()) {
        event(4, a.channel().ordinal(), a.date(), a.hits(), List.of());
      }
      indicators(plan);
      org++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The covered indicators, numbered as {@code Evaluator} orders its results. */
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
      return;
    }
    IndicatorSpec s = spec.get();
    indicators.write(org + "," + ordinal + "," + s.rule() + "," + s.kind() + "," + s.mask() + "," + s.unit()
        + "," + s.target() + "," + s.categories() + "," + period.start().toEpochDay() + ","
        + period.end().toEpochDay() + "," + asOf.toEpochDay() + "\n");
  }

  private void event(int kind, int sub, LocalDate day, long qty, List<String> named) throws IOException {
    events.write(org + "," + kind + "," + sub + "," + day.toEpochDay() + "," + qty + "," + rec + "\n");
    for (String p : named) {
      eventPersons.write(rec + "," + person(p) + "\n");
    }
    rec++;
  }

  private int person(String id) {
    return persons.computeIfAbsent(org + "|" + id, k -> persons.size());
  }

  private static String day(Optional<LocalDate> day) {
    return day.map(d -> Long.toString(d.toEpochDay())).orElse("");
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter w : List.of(orgs, staff, events, eventPersons, indicators)) {
      w.close();
    }
  }
}
