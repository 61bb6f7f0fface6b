package th.km.core.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

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
    int n = ids.size();
    String[] all = new String[n + referenced.size()];
    ids.toArray(all);
    for (int i = 0, m = referenced.size(); i < m; i++) {
      all[n + i] = referenced.get(i);
    }
    Arrays.sort(all);
    // Repeats are next to each other once sorted: each id is kept when it is not the one before.
    int kept = 0;
    for (int i = 0; i < all.length; i++) {
      if (kept == 0 || !all[i].equals(all[kept - 1])) {
        all[kept++] = all[i];
      }
    }
    return Collections.unmodifiableList(Arrays.asList(kept == all.length ? all : Arrays.copyOf(all, kept)));
  }
}
