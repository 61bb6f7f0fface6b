package th.km.web.tasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.calendar.MonthRange;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.web.entry.SignOffRoute;
import th.km.web.entry.WriteRights;
import th.km.core.training.ReportStatus;
import th.km.web.trainings.TrainingList;
import th.km.core.training.TrainingRow;
import th.km.web.year.Snapshot;

/**
 * The tasks of one account in one year as of a day, each linking to the form that does it:
 *
 * <ul>
 *   <li>reports due: trainings whose post-training report is due or overdue and not handed in, of
 *       the people the account records for (its own person; a division head's division; all for
 *       the secretary);
 *   <li>sign-offs waiting: handed-in reports the head has not signed yet, at the account's step of
 *       the plan's own chain ({@link SignOffRoute}: the division director, then the committee's
 *       chair, then the position the plan routes reports to), in order;
 *   <li>activities of this month: activities of the plan whose period covers the day's month and
 *       for which the account's division is responsible (every such activity for the secretary);
 *   <li>acknowledgements: the topics the account's person has not acknowledged in the year.
 * </ul>
 */
public final class TaskList {

  private TaskList() {}

  /** The account's tasks in the snapshot's year as of its day, the overdue first, then by due day. */
  public static List<Task> of(Snapshot snapshot, Account account) {
    KmPlan plan = snapshot.plan();
    YearRecords records = snapshot.records();
    LocalDate asOf = snapshot.asOf();
    String year = "?year=" + plan.fiscalYear().buddhistYear();
    List<Task> tasks = new ArrayList<>();
    List<Role> route = SignOffRoute.of(plan);
    for (TrainingRow row : snapshot.get(TrainingList.VIEW).rows()) {
      Optional<StaffMember> person = row.person();
      boolean open = row.status() == ReportStatus.DUE || row.status() == ReportStatus.OVERDUE;
      if (open && person.isPresent() && WriteRights.mayConcern(account, person.get())) {
        tasks.add(new Task(
            Task.Kind.REPORT, "report-" + row.training().id(),
            "ส่งรายงานผลการฝึกอบรม " + row.training().title() + " (" + person.get().name() + ")",
            "Hand in the report on " + row.training().title() + " (" + person.get().name() + ")",
            row.due().map(d -> d.due()), row.status() == ReportStatus.OVERDUE,
            "record/training-report" + year + "&training=" + row.training().id()));
      }
      if (row.report().isPresent() && !row.reachedHead() && person.isPresent()
          && SignOffRoute.signsNext(route, account, person.get(), row.signOffs().size())) {
        tasks.add(new Task(
            Task.Kind.SIGN_OFF, "sign-off-" + row.report().get().id(),
            "ลงนามรายงานผลการฝึกอบรม " + row.training().title() + " (" + person.get().name() + ")",
            "Sign the report on " + row.training().title() + " (" + person.get().name() + ")",
            Optional.empty(), false,
            "record/sign-off" + year + "&report=" + row.report().get().id()));
      }
    }
    YearMonth month = YearMonth.from(asOf);
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        Optional<MonthRange> months = a.period().months();
        boolean thisMonth =
            months.isPresent() && !month.isBefore(months.get().start()) && !month.isAfter(months.get().end());
        if (thisMonth && responsible(account, a, plan)) {
          String number = g.number() + "." + a.number();
          LocalDate end = months.get().lastDay();
          tasks.add(new Task(
              Task.Kind.ACTIVITY, "activity-" + number,
              "กิจกรรม " + number + " " + a.name() + " (" + a.period().text() + ")",
              "Activity " + number + " " + a.name() + " (" + a.period().text() + ")",
              Optional.of(end), end.isBefore(asOf),
              "record/progress-update" + year + "&activity=" + number));
        }
      }
    }
    Optional<String> me = account.staffId().filter(id -> records.staffMember(id).isPresent());
    if (me.isPresent()) {
      for (AcknowledgementTopic topic : AcknowledgementTopic.values()) {
        boolean done =
            records.acknowledgements().stream()
                .anyMatch(k -> k.personId().equals(me.get()) && k.topic() == topic && !k.date().isAfter(asOf));
        if (!done) {
          tasks.add(new Task(
              Task.Kind.ACKNOWLEDGEMENT, "acknowledgement-" + topic.name(),
              "รับทราบ: " + topic.thaiName(), "Acknowledge: " + topic.englishName(),
              Optional.empty(), false,
              "record/acknowledgement" + year + "&topic=" + topic.name()));
        }
      }
    }
    tasks.sort(
        Comparator.comparing(Task::kind)
            .thenComparing(t -> !t.overdue())
            .thenComparing(t -> t.due().orElse(LocalDate.MAX))
            .thenComparing(Task::id));
    return List.copyOf(tasks);
  }

  private static boolean responsible(Account account, PlanActivity activity, KmPlan plan) {
    if (account.role() == Role.SECRETARY) {
      return true;
    }
    return account.division().filter(d -> WriteRights.responsibleFor(d, activity, plan)).isPresent();
  }
}
