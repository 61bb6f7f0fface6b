package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A progress update on one activity of the plan (รายงานความก้าวหน้า), as the responsible division
 * reports it.
 *
 * @param id the record's id
 * @param activity the activity
 * @param date the day of the update
 * @param percent how far the activity is, 0 to 100
 * @param narrative what was done, in the reporter's words
 */
public record ProgressUpdate(
    String id, ActivityRef activity, LocalDate date, int percent, String narrative)
    implements YearRecord {

  public ProgressUpdate {
    RecordIds.check(id, "progress update");
    checkArgument(
        percent >= 0 && percent <= 100,
        "progress update %s: percent must be 0-100, got %s",
        id,
        percent);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.PROGRESS_UPDATE;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(date);
  }
}
