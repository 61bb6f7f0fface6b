package th.km.web.trainings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.DueDate;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.training.ReportStatus;
import th.km.core.training.TrainingRow;
import th.km.web.results.ResultsJson.Text;
import th.km.web.year.Snapshot;

/** The JSON shapes of the trainings resource, mapped explicitly from the list. */
public final class TrainingsJson {

  private TrainingsJson() {}

  /** The trainings of a year as of a day, overdue first. */
  public record Trainings(
      String organization,
      int fiscalYear,
      String asOf,
      @Nullable RuleJson rule,
      Map<String, Integer> counts,
      List<TrainingJson> items) {}

  /** The plan's training-report rule. */
  public record RuleJson(int days, String routedTo, boolean externalOnly, String text) {}

  /** A training with its report. */
  public record TrainingJson(
      String id,
      String personId,
      @Nullable String personName,
      @Nullable String position,
      String title,
      String kind,
      String setting,
      String start,
      String end,
      String returned,
      boolean reportRequired,
      @Nullable DueJson due,
      String status,
      long daysOverdue,
      @Nullable ReportJson report) {}

  /** When a report falls due, and why on that day. */
  public record DueJson(String date, String nominalLastDay, boolean shifted, Text reason) {
    static DueJson of(DueDate d) {
      return new DueJson(
          d.due().toString(), d.nominalLastDay().toString(), d.isShifted(), new Text(d.reasonTh(), d.reasonEn()));
    }
  }

  /** A report and its signatures by the day. */
  public record ReportJson(String id, String submittedOn, List<SignOffJson> signOffs, boolean reachedHead) {}

  /** A signature. */
  public record SignOffJson(String position, String signedOn, boolean head) {
    static SignOffJson of(SignOff s) {
      return new SignOffJson(s.position(), s.signedOn().toString(), s.head());
    }
  }

  static Trainings of(Snapshot s, TrainingList list) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ReportStatus status : ReportStatus.values()) {
      counts.put(status.name(), list.count(status));
    }
    return new Trainings(
        s.plan().organization().code().value(),
        s.plan().fiscalYear().buddhistYear(),
        s.asOf().toString(),
        list.rule().map(r -> new RuleJson(r.days(), r.routedTo(), r.externalOnly(), r.text())).orElse(null),
        counts,
        list.rows().stream().map(TrainingsJson::training).toList());
  }

  private static TrainingJson training(TrainingRow row) {
    Training t = row.training();
    return new TrainingJson(
        t.id(),
        t.personId(),
        row.person().map(StaffMember::name).orElse(null),
        row.person().flatMap(StaffMember::position).orElse(null),
        t.title(),
        t.trainingKind().name(),
        t.setting().name(),
        t.start().toString(),
        t.end().toString(),
        t.returned().toString(),
        row.due().isPresent(),
        row.due().map(DueJson::of).orElse(null),
        row.status().name(),
        row.daysOverdue(),
        row.report().map(r -> report(r, row)).orElse(null));
  }

  private static ReportJson report(TrainingReport r, TrainingRow row) {
    return new ReportJson(
        r.id(),
        r.submittedOn().toString(),
        row.signOffs().stream().map(SignOffJson::of).toList(),
        row.reachedHead());
  }
}
