package th.km.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Training;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;

/**
 * The demo year as it stands on the demo's "today": only what had happened by that day. The
 * generated year runs to the end of the fiscal year; shown whole on an earlier day, its pages would
 * list as due a report the database already holds, and the forms would refuse it.
 */
final class DemoDays {

  private DemoDays() {}

  /** The records of the year whose every day falls on or before the day. */
  static YearRecords upTo(YearRecords year, LocalDate day) {
    return YearRecords.builder()
        .from(year)
        .trainings(kept(year.trainings(), day, Training::returned))
        .trainingReports(kept(year.trainingReports(), day, DemoDays::occurred))
        .supervisorRatings(kept(year.supervisorRatings(), day, DemoDays::occurred))
        .knowledgeAssets(kept(year.knowledgeAssets(), day, DemoDays::lastDay))
        .meetings(kept(year.meetings(), day, DemoDays::occurred))
        .acknowledgements(kept(year.acknowledgements(), day, DemoDays::occurred))
        .accessEvents(kept(year.accessEvents(), day, DemoDays::occurred))
        .recognitions(kept(year.recognitions(), day, DemoDays::occurred))
        .progressUpdates(kept(year.progressUpdates(), day, DemoDays::occurred))
        .evaluationReports(kept(year.evaluationReports(), day, DemoDays::occurred))
        .build();
  }

  /** The last day a record speaks of, by which it must have happened. */
  private static LocalDate occurred(YearRecord r) {
    return r.occurredOn().orElse(LocalDate.MIN);
  }

  private static LocalDate lastDay(KnowledgeAsset a) {
    Optional<LocalDate> reviewed = a.reviewedOn();
    return reviewed.isPresent() && reviewed.get().isAfter(a.createdOn()) ? reviewed.get() : a.createdOn();
  }

  private static <T> List<T> kept(List<T> records, LocalDate day, Function<T, LocalDate> lastDay) {
    return records.stream().filter(r -> !lastDay.apply(r).isAfter(day)).toList();
  }
}
