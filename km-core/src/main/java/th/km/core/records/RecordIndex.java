package th.km.core.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
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

  /**
   * Every record by id, the first one added when an id repeats; null when the ids are known to be
   * distinct, and then the look-ups go through the maps of the kinds that are looked up.
   */
  final @Nullable Map<String, YearRecord> byId;
  /** The staff, trainings and knowledge assets by id, when the ids are known to be distinct. */
  private final Map<String, YearRecord> staff;
  private final Map<String, YearRecord> trainings;
  private final Map<String, YearRecord> assets;
  /** By kind: whether the kind's records came in strictly ascending id order. */
  private final boolean[] ascending = new boolean[RecordKind.values().length];
  /** The reports and the ratings by training: see {@link #group}. */
  private final Map<String, Object> reportsByTraining;
  private final Map<String, Object> ratingsByTraining;

  RecordIndex(AbstractYearRecords records) {
    // A map of every record's id is a 600,000-entry map for a large organization: it is built only
    // when ids may repeat. They cannot when each kind's ids come in strictly ascending order (as
    // the stores give them) and the kinds' ranges of ids do not overlap. The look-ups by person
    // are in Persons, built only when asked for: evaluating and validating never read them.
    if (distinctIds(records)) {
      this.byId = null;
      this.staff = byId(records.staff());
      this.trainings = byId(records.trainings());
      this.assets = byId(records.knowledgeAssets());
    } else {
      this.byId = allById(records);
      this.staff = byId;
      this.trainings = byId;
      this.assets = byId;
    }
    this.reportsByTraining = group(records.trainingReports());
    this.ratingsByTraining = group(records.supervisorRatings());
  }

  /**
   * Reports or ratings by the training they are of: the record itself when it is the training's
   * only one (mostly), else an immutable list of them in the order they were added. A plain map
   * filled in one loop; a multimap's builder kept a list builder per training and copied them all.
   */
  private static Map<String, Object> group(List<? extends YearRecord> records) {
    Map<String, Object> groups = new HashMap<>(capacity(records.size()));
    for (int i = 0, n = records.size(); i < n; i++) {
      YearRecord r = records.get(i);
      String training = trainingOf(r);
      Object group = groups.get(training);
      groups.put(training, group == null ? r : joined(group, r));
    }
    // A training's several records frozen once here, not copied at every look-up. Loops, not
    // lambdas: each is a class made at run time on first use (docs/batch-evaluation-profile.md).
    for (Map.Entry<String, Object> e : groups.entrySet()) {
      if (e.getValue() instanceof ArrayList<?> list) {
        e.setValue(ImmutableList.copyOf(list));
      }
    }
    return groups;
  }

  private static String trainingOf(YearRecord r) {
    return r instanceof TrainingReport t ? t.trainingId() : ((SupervisorRating) r).trainingId();
  }

  /** A training's group with one more record: a list after the first. */
  private static Object joined(Object group, Object more) {
    if (group instanceof ArrayList<?> list) {
      @SuppressWarnings("unchecked")
      ArrayList<Object> records = (ArrayList<Object>) list;
      records.add(more);
      return records;
    }
    ArrayList<Object> records = new ArrayList<>(4);
    records.add(group);
    records.add(more);
    return records;
  }

  /** The training's reports, in the order they were added. */
  @SuppressWarnings("unchecked")
  ImmutableList<TrainingReport> reportsOf(String trainingId) {
    return (ImmutableList<TrainingReport>) listed(reportsByTraining.get(trainingId));
  }

  /** The training's ratings, in the order they were added. */
  @SuppressWarnings("unchecked")
  ImmutableList<SupervisorRating> ratingsOf(String trainingId) {
    return (ImmutableList<SupervisorRating>) listed(ratingsByTraining.get(trainingId));
  }

  private static ImmutableList<?> listed(@Nullable Object group) {
    return group == null ? ImmutableList.of()
        : group instanceof ImmutableList<?> list ? list
        : ImmutableList.of(group);
  }

  /**
   * Whether no id is used twice, known without hashing every id: each kind's ids strictly
   * ascending, and no two kinds' ranges overlapping. Notes which kinds are ascending on the way.
   */
  private boolean distinctIds(AbstractYearRecords records) {
    List<String[]> ranges = new ArrayList<>();
    boolean distinct = true;
    for (RecordKind kind : RecordKind.values()) {
      List<? extends YearRecord> all = records.ofKind(kind);
      int n = all.size();
      boolean up = ascending(all);
      ascending[kind.ordinal()] = up;
      distinct = distinct && up;
      if (n > 0) {
        ranges.add(new String[] {all.get(0).id(), all.get(n - 1).id()});
      }
    }
    if (!distinct) {
      return false;
    }
    // At most one range per kind: each pair is compared, without sorting them.
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        String[] a = ranges.get(i);
        String[] b = ranges.get(j);
        if (a[0].compareTo(b[1]) <= 0 && b[0].compareTo(a[1]) <= 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the records' ids are strictly ascending: a method of its own, called per kind, which
   * the JIT compiles sooner than a loop run once per year.
   */
  private static boolean ascending(List<? extends YearRecord> all) {
    int n = all.size();
    if (n == 0) {
      return true;
    }
    String previous = all.get(0).id();
    for (int i = 1; i < n; i++) {
      String id = all.get(i).id();
      if (previous.compareTo(id) >= 0) {
        return false;
      }
      previous = id;
    }
    return true;
  }

  /** Whether the kind's records came in strictly ascending id order. */
  boolean ascending(RecordKind kind) {
    return ascending[kind.ordinal()];
  }

  /** Every record by id, the first one added when an id repeats. */
  static Map<String, YearRecord> allById(AbstractYearRecords records) {
    // A plain HashMap sized for every record: Map.copyOf's open addressing probed long runs of
    // similar ids, and the order of the map is never read.
    Map<String, YearRecord> ids = new HashMap<>(capacity(records.size()));
    for (RecordKind kind : RecordKind.values()) {
      putAll(ids, records.ofKind(kind));
    }
    return Collections.unmodifiableMap(ids);
  }

  private static Map<String, YearRecord> byId(List<? extends YearRecord> kind) {
    Map<String, YearRecord> ids = new HashMap<>(capacity(kind.size()));
    putAll(ids, kind);
    return ids;
  }

  /** Adds the records by id, keeping the first of a repeated id. */
  private static void putAll(Map<String, YearRecord> ids, List<? extends YearRecord> records) {
    for (int i = 0, n = records.size(); i < n; i++) {
      YearRecord r = records.get(i);
      ids.putIfAbsent(r.id(), r);
    }
  }

  /** The look-ups by person, built once on first use apart from the others. */
  static final class Persons {

    final ImmutableListMultimap<String, YearRecord> byPerson;
    final ImmutableListMultimap<String, Training> trainingsByPerson;

    Persons(AbstractYearRecords records) {
      ImmutableListMultimap.Builder<String, YearRecord> persons = ImmutableListMultimap.builder();
      for (RecordKind kind : RecordKind.values()) {
        for (YearRecord r : records.ofKind(kind)) {
          List<String> named = r.personIds();
          for (int i = 0; i < named.size(); i++) {
            persons.put(named.get(i), r);
          }
        }
      }
      this.byPerson = persons.build();
      ImmutableListMultimap.Builder<String, Training> trainings = ImmutableListMultimap.builder();
      records.trainings().forEach(t -> trainings.put(t.personId(), t));
      this.trainingsByPerson = trainings.build();
    }
  }

  /** A HashMap capacity that holds {@code n} entries without rehashing. */
  static int capacity(int n) {
    return (int) Math.min(1L << 30, (long) n * 4 / 3 + 1);
  }

  /**
   * The staff member, training or knowledge asset with the id if it is of the type, else null: a
   * look-up without an Optional.
   */
  <T extends YearRecord> @Nullable T get(String id, Class<T> type) {
    Map<String, YearRecord> map =
        type == StaffMember.class ? staff
            : type == Training.class ? trainings
            : type == KnowledgeAsset.class ? assets
            : null;
    if (map == null) {
      throw new IllegalArgumentException("no look-up by id of " + type.getSimpleName());
    }
    YearRecord r = map.get(id);
    return type.isInstance(r) ? type.cast(r) : null;
  }
}
