package th.km.persistence.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import th.km.persistence.jooq.DefaultSchema;

/**
 * Reads the rows of one plan version: those of a table that belong to the plan and its
 * organization, in ordinal order, and groups child rows under their parent's id. The rows come
 * from {@code source}: jOOQ's queries in the caller's transaction, the batch's statements prepared
 * once ({@link BatchPlanReads}), or a plan version's stored snapshot ({@link PlanRowsCodec}).
 * Tables and columns are named as in the schema, so that a snapshot's rows are read without
 * km's generated jOOQ tables.
 */
record PlanRowReader(Rows source, long planId, long organizationId) {

  /** Where the rows of a plan's tables come from. */
  interface Rows {

    /**
     * The rows of table {@code table} whose {@code plan_id} and {@code organization_id} columns
     * hold {@code planId} and {@code organizationId}, in the order of the {@code order} columns
     * (ascending).
     */
    List<StoredRow> rows(
        String table, long planId, long organizationId, List<String> order);
  }

  /** A reader of the plan's rows through jOOQ, in the caller's transaction {@code tx}. */
  PlanRowReader(DSLContext tx, long planId, long organizationId) {
    this(jooq(tx), planId, organizationId);
  }

  /** The rows of a table that belong to this plan and organization, in {@code order}'s order. */
  List<StoredRow> rows(String table, String... order) {
    return source.rows(table, planId, organizationId, List.of(order));
  }

  /** The generated jOOQ table named {@code name}. */
  static Table<?> table(String name) {
    Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
    if (table == null) {
      throw new IllegalArgumentException("km has no table " + name);
    }
    return table;
  }

  /** A column of {@code table} by its name. */
  static Field<?> column(Table<?> table, String name) {
    Field<?> field = table.field(name);
    if (field == null) {
      throw new IllegalArgumentException(table.getName() + " has no column " + name);
    }
    return field;
  }

  /**
   * The query of {@code table}'s rows of plan {@code planId} and organization {@code
   * organizationId} (its two bind values, in that order), every column in the table's order,
   * sorted by the {@code order} columns; the jOOQ reader runs it, the batch prepares its SQL once.
   */
  static ResultQuery<Record> query(
      DSLContext dsl, Table<?> table, long planId, long organizationId, List<String> order) {
    List<SortField<?>> by = new ArrayList<>(order.size());
    for (String o : order) {
      by.add(column(table, o).asc());
    }
    return dsl.select(table.fields())
        .from(table)
        .where(column(table, "plan_id").coerce(Long.class).eq(planId))
        .and(column(table, "organization_id").coerce(Long.class).eq(organizationId))
        .orderBy(by);
  }

  private static Rows jooq(DSLContext tx) {
    return (table, planId, organizationId, order) -> {
      List<StoredRow> rows = new ArrayList<>();
      for (Record r : query(tx, table(table), planId, organizationId, order).fetch()) {
        rows.add(StoredRow.of(r));
      }
      return rows;
    };
  }

  /** Rows grouped by their parent's id (column {@code parent}), each group in the rows' order. */
  static Map<Long, List<StoredRow>> byParent(List<StoredRow> rows, String parent) {
    Map<Long, List<StoredRow>> grouped = new LinkedHashMap<>();
    for (StoredRow row : rows) {
      grouped.computeIfAbsent(row.id(parent), k -> new ArrayList<>()).add(row);
    }
    return grouped;
  }

  static List<StoredRow> children(Map<Long, List<StoredRow>> grouped, long parent) {
    return grouped.getOrDefault(parent, List.of());
  }

  /** The {@code text} of the rows whose {@code list_name} is {@code list}, in the rows' order. */
  static List<String> texts(List<StoredRow> rows, String list) {
    List<String> texts = new ArrayList<>();
    for (StoredRow r : rows) {
      if (list.equals(r.text("list_name"))) {
        texts.add(r.text("text"));
      }
    }
    return List.copyOf(texts);
  }

  /** The {@code text} of each row, in the rows' order. */
  static List<String> texts(List<StoredRow> rows) {
    List<String> texts = new ArrayList<>(rows.size());
    for (StoredRow r : rows) {
      texts.add(r.text("text"));
    }
    return List.copyOf(texts);
  }

  /** Each row mapped by {@code map}, in the rows' order. */
  static <T> List<T> map(List<StoredRow> rows, Function<StoredRow, T> map) {
    List<T> mapped = new ArrayList<>(rows.size());
    for (StoredRow r : rows) {
      mapped.add(map.apply(r));
    }
    return mapped;
  }
}
