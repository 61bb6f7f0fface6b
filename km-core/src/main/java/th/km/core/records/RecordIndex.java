package th.km.core.records;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The look-ups of one {@link YearRecords}, built in one pass over the records so that nothing that
 * reads them has to search. Built once per year's records ({@code @Value.Lazy}, so published safely
 * to any thread) and never changed after.
 */
final class RecordIndex {

  final Map<String, YearRecord> byId;
  final ImmutableListMultimap<String, YearRecord> byPerson;
  final ImmutableListMultimap<String, Training> trainingsByPerson;
  final ImmutableListMultimap<String, TrainingReport> reportsByTraining;
  final ImmutableListMultimap<String, SupervisorRating> ratingsByTraining;

  RecordIndex(AbstractYearRecords records) {
    // A plain HashMap sized for every record: Map.copyOf's open addressing probed long runs of
    // similar ids, and the order of the map is never read.
    Map<String, YearRecord> ids = new HashMap<>(capacity(records.size()));
    ImmutableListMultimap.Builder<String, YearRecord> persons = ImmutableListMultimap.builder();
    for (RecordKind kind : RecordKind.values()) {
      for (YearRecord r : records.ofKind(kind)) {
        ids.putIfAbsent(r.id(), r);
        List<String> named = r.personIds();
        for (int i = 0; i < named.size(); i++) {
          persons.put(named.get(i), r);
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
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

  /** A HashMap capacity that holds {@code n} entries without rehashing. */
  static int capacity(int n) {
    return (int) Math.min(1L << 30, (long) n * 4 / 3 + 1);
  }

  /** The record with the id if it is of the type, else null: a look-up without an Optional. */
  <T extends YearRecord> @Nullable T get(String id, Class<T> type) {
    YearRecord r = byId.get(id);
    return type.isInstance(r) ? type.cast(r) : null;
  }
}
