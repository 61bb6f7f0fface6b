package th.km.core.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One training in the report's timeliness table: who went, when they came back, when the report was
 * due and when it came in.
 *
 * @param trainingId the training record's id
 * @param person the trainee's name, or the person id when no staff record names them
 * @param title the training's title
 * @param returned the day the trainee came back
 * @param due the report's due day, when the plan requires one
 * @param reportId the first report filed up to the as-of day
 * @param submitted the day that report was filed
 * @param timeliness on time, late, missing, not yet due or not required
 */
public record TrainingLine(
    String trainingId,
    String person,
    String title,
    LocalDate returned,
    Optional<LocalDate> due,
    Optional<String> reportId,
    Optional<LocalDate> submitted,
    Timeliness timeliness) {}
