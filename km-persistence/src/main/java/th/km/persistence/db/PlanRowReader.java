package th.km.persistence.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/**
 * Reads the rows of one plan version: those of a table that belong to the plan and its
 * organization, in ordinal order, and groups child rows under their parent's id. The rows come
 * from {@code source}: jOOQ's queries in the caller's transaction, or the batch's statements
 * prepared once ({@link BatchPlanReads}).
 */
record PlanRowReader(Rows source, long planId, long organizationId) {

  /** Where the rows of a plan's tables come from. */
  interface Rows {

    /**
     * The rows of {@code table} whose {@code plan} and {@code organization} columns hold {@code
     * planId} and {@code organizationId}, in the order of the {@code order} columns (ascending).
     */
    <R extends Record> Result<R> rows(
        Table<R> table,
        Field<Long> plan,
        Field<Long> organization,
        long planId,
        long organizationId,
        List<Field<?>> order);
  }

  /** A reader of the plan's rows through jOOQ, in the caller's transaction {@code tx}. */
  PlanRowReader(DSLContext tx, long planId, long organizationId) {
    this(jooq(tx), planId, organizationId);
  }

  /** The rows of a table that belong to this plan and organization, in the order of {@code order}. */
  <R extends Record> Result<R> rows(
      Table<R> table, Field<Long> plan, Field<Long> organization, Field<?>... order) {
    return source.rows(table, plan, organization, planId, organizationId, List.of(order));
  }

  private static Rows jooq(DSLContext tx) {
    return new Rows() {
      @Override
      public <R extends Record> Result<R> rows(
          Table<R> table,
          Field<Long> plan,
          Field<Long> organization,
          long planId,
          long organizationId,
          List<Field<?>> order) {
        Condition mine = plan.eq(planId).and(organization.eq(organizationId));
        return tx.selectFrom(table).where(mine).orderBy(order).fetch();
      }
    };
  }

  /** Rows grouped by their parent's id, each group in the rows' order. */
  static <R> Map<Long, List<R>> byParent(List<R> rows, Function<R, Long> parent) {
    Map<Long, List<R>> grouped = new LinkedHashMap<>();
    for (R row : rows) {
      grouped.computeIfAbsent(parent.apply(row), k -> new ArrayList<>()).add(row);
    }
    return grouped;
  }

  static <R> List<R> children(Map<Long, List<R>> grouped, Long parent) {
    return grouped.getOrDefault(parent, List.of());
  }

  /** The texts of the rows that belong to the list named {@code list}, in the rows' order. */
  static <R> List<String> texts(
      List<R> rows, String list, Function<R, String> listName, Function<R, String> text) {
    return rows.stream().filter(r -> list.equals(listName.apply(r))).map(text).toList();
  }
}
