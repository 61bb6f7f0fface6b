package th.km.core.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.calendar.DueDate;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;

/**
 * A training and its report as of a day.
 *
 * @param training the training
 * @param person the staff member sent, when the records know them
 * @param due when the report falls due; empty when none is required
 * @param status where the report stands
 * @param report the first report submitted by the day, if any
 * @param signOffs the report's signatures made by the day, in routing order
 * @param daysOverdue for an overdue report, the days since its due day; else 0
 */
public record TrainingRow(
    Training training,
    Optional<StaffMember> person,
    Optional<DueDate> due,
    ReportStatus status,
    Optional<TrainingReport> report,
    List<SignOff> signOffs,
    long daysOverdue) {

  public TrainingRow {
    signOffs = List.copyOf(signOffs);
  }

  /** Whether the report has been signed by the head of the organization, ending its routing. */
  public boolean reachedHead() {
    return signOffs.stream().anyMatch(SignOff::head);
  }

  /** The day the report reached the head, if it has. */
  public Optional<LocalDate> headSignedOn() {
    return signOffs.stream().filter(SignOff::head).map(SignOff::signedOn).findFirst();
  }
}
