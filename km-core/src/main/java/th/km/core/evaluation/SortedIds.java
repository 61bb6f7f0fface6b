package th.km.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ids gathered in any order and given back sorted, each once: what a {@code TreeSet<String>} gives,
 * from one array sorted at the end instead of a tree node per id.
 */
final class SortedIds {

  private final List<String> ids = new ArrayList<>();

  void add(String id) {
    ids.add(id);
  }

  void addAll(Collection<String> more) {
    ids.addAll(more);
  }

  /** The ids in their natural order, without repeats. */
  List<String> toList() {
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
