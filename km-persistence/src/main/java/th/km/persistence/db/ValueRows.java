package th.km.persistence.db;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one table as plain values: the columns' names once, each row's values in their order,
 * as a plan snapshot holds them ({@link PlanRowsCodec}) and as the batch's plan statements read
 * them ({@link BatchPlanReads}). Each row is a {@link StoredRow}, for the plan's mappers; no jOOQ
 * record is made.
 */
final class ValueRows extends AbstractList<StoredRow> {

  private final String table;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private final List<@Nullable Object[]> values = new ArrayList<>();

  /** No rows yet of table {@code table}, whose columns are {@code columns}, in their order. */
  ValueRows(String table, List<String> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.index = new HashMap<>(2 * columns.size());
    for (int i = 0; i < columns.size(); i++) {
      if (index.put(columns.get(i), i) != null) {
        throw new IllegalArgumentException(table + " names column " + columns.get(i) + " twice");
      }
    }
  }

  /** The table's name. */
  String table() {
    return table;
  }

  /** The columns' names, in the order of each row's values. */
  List<String> columns() {
    return columns;
  }

  /** Adds a row: its values in the columns' order (the array is kept, not copied). */
  void add(@Nullable Object[] row) {
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " has " + columns.size() + " columns, not " + row.length);
    }
    values.add(row);
  }

  /** Row {@code i}'s values in the columns' order. */
  @Nullable Object[] values(int i) {
    return values.get(i);
  }

  @Override
  public StoredRow get(int i) {
    @Nullable Object[] row = values.get(i);
    return new StoredRow() {
      @Override
      public <T> @Nullable T value(String column, Class<T> type) {
        Integer at = index.get(column);
        if (at == null) {
          throw new IllegalArgumentException(table + " has no column " + column);
        }
        Object value = row[at];
        if (value != null && !type.isInstance(value)) {
          throw new IllegalArgumentException(
              table + "." + column + " holds a " + value.getClass().getSimpleName()
                  + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
      }
    };
  }

  @Override
  public int size() {
    return values.size();
  }
}
