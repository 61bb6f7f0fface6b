package th.km.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ids gathered in any order and given back sorted, each once: what a {@code TreeSet<String>} gives,
 * from one array sorted at the end instead of a tree node per id.
 *
 * <p>The ids of the records picked, which come in id order, and the ids they lead to (persons,
 * reports, ratings), which mostly do too, are kept apart and put one after the other before the
 * sort: the sort finds two runs in order and merges them, where the two interleaved needed a full
 * sort. Either may come in any order: the result is the same.
 */
final class SortedIds {

  private final List<String> ids = new ArrayList<>();
  private final List<String> referenced = new ArrayList<>();

  /** Adds the id of a record picked. */
  void add(String id) {
    ids.add(id);
  }

  /** Adds the id of a person or record that a record picked leads to. */
  void addReferenced(String id) {
    referenced.add(id);
  }

  /** Adds the ids of persons or records that a record picked leads to. */
  void addAllReferenced(Collection<String> more) {
    referenced.addAll(more);
  }

  /** The ids in their natural order, without repeats. */
  List<String> toList() {
    ids.addAll(referenced);
    referenced.clear();
    ids.sort(null);
    List<String> distinct = new ArrayList<>(ids.size());
    @Nullable String last = null;
    for (String id : ids) {
      if (!id.equals(last)) {
        distinct.add(id);
      }
      last = id;
    }
    return Collections.unmodifiableList(distinct);
  }
}
