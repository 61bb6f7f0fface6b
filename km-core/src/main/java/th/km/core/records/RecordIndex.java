package th.km.core.records;

import com.google.common.collect.ImmutableListMultimap;
import java.util.HashMap;
import java.util.Map;

/**
 * The look-ups of one {@link YearRecords}, built in one pass over the records so that nothing that
 * reads them has to search.
 */
final class RecordIndex {

  final Map<String, YearRecord> byId;
  final ImmutableListMultimap<String, YearRecord> byPerson;
  final ImmutableListMultimap<String, Training> trainingsByPerson;
  final ImmutableListMultimap<String, TrainingReport> reportsByTraining;
  final ImmutableListMultimap<String, SupervisorRating> ratingsByTraining;

  RecordIndex(AbstractYearRecords records) {
    Map<String, YearRecord> ids = new HashMap<>();
    ImmutableListMultimap.Builder<String, YearRecord> persons = ImmutableListMultimap.builder();
    records
        .all()
        .forEach(
            r -> {
              ids.putIfAbsent(r.id(), r);
              r.personIds().forEach(p -> persons.put(p, r));
            });
    this.byId = Map.copyOf(ids);
    this.byPerson = persons.build();
    ImmutableListMultimap.Builder<String, Training> trainings = ImmutableListMultimap.builder();
    records.trainings().forEach(t -> trainings.put(t.personId(), t));
    this.trainingsByPerson = trainings.build();
    ImmutableListMultimap.Builder<String, TrainingReport> reports = ImmutableListMultimap.builder();
    records.trainingReports().forEach(r -> reports.put(r.trainingId(), r));
    this.reportsByTraining = reports.build();
    ImmutableListMultimap.Builder<String, SupervisorRating> ratings = ImmutableListMultimap.builder();
    records.supervisorRatings().forEach(r -> ratings.put(r.trainingId(), r));
    this.ratingsByTraining = ratings.build();
  }
}
