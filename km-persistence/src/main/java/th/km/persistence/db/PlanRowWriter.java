package th.km.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/**
 * Inserts the rows of one plan version with one batched statement per table (on PostgreSQL one
 * statement in all) rather than one statement per row. A row whose id its children need gets a stand-in id at once (a negative
 * number, which no real id is); its children carry the stand-in in their reference column until
 * {@link #flush()} inserts the tables in the order their first rows were kept (a parent is always
 * kept before its children), learns each parent's real id from the batch's generated keys and puts
 * it in the children's references before their own table goes in. Rows of one table go in in the
 * order they were kept, so each table's ids come out as one insert at a time would give them.
 */
final class PlanRowWriter {
  private final DSLContext tx;
  private final long planId;
  private final long organizationId;
  private final Map<Table<?>, List<TableRecord<?>>> rows = new LinkedHashMap<>();
  /** The stand-in ids of the parent rows, by row (identity), waiting for their real ids. */
  private final Map<TableRecord<?>, Long> standIns = new IdentityHashMap<>();
  private final Map<Long, Long> realIds = new HashMap<>();
  /** The bulk import's statements, kept from one plan to the next; null: prepared per flush. */
  private final @Nullable HeldStatements statements;

  PlanRowWriter(
      DSLContext tx, long planId, long organizationId, @Nullable HeldStatements statements) {
    this.tx = tx;
    this.planId = planId;
    this.organizationId = organizationId;
    this.statements = statements;
  }

  long planId() {
    return planId;
  }

  long organizationId() {
    return organizationId;
  }

  /**
   * Keeps a row whose id its children need, and returns the stand-in id they refer to it by until
   * {@link #flush()}.
   */
  <R extends TableRecord<R>> long parent(R row, Table<R> table, Field<Long> id) {
    if (!id.getName().equalsIgnoreCase("id")) {
      throw new IllegalArgumentException("a parent row's id column is its id, not " + id);
    }
    long standIn = -(standIns.size() + 1L);
    standIns.put(row, standIn);
    keep(table, row);
    return standIn;
  }

  /** Keeps a row no other row refers to. */
  void leaf(TableRecord<?> row) {
    keep(row.getTable(), row);
  }

  private void keep(Table<?> table, TableRecord<?> row) {
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  /**
   * Inserts every row kept: on H2 one batch per table, parents first; on PostgreSQL the parents' ids
   * taken from their sequences first and then every table in one statement ({@link
   * OneStatementInsert}).
   */
  void flush() {
    tx.connection(
        c -> {
          if (tx.dialect() == SQLDialect.POSTGRES) {
            flushPostgres(c);
            return;
          }
          HeldStatements kept = statements;
          if (kept != null) {
            flushH2(kept);
            return;
          }
          try (HeldStatements once = new HeldStatements(c)) {
            flushH2(once);
          }
        });
    rows.clear();
  }

  /** On H2: one batch per table, parents first, each parent batch giving back its rows' ids. */
  private void flushH2(HeldStatements on) throws SQLException {
    for (Map.Entry<Table<?>, List<TableRecord<?>>> e : rows.entrySet()) {
      Table<?> table = e.getKey();
      List<TableRecord<?>> kept = e.getValue();
      for (TableRecord<?> row : kept) {
        resolveReferences(row);
      }
      if (kept.stream().anyMatch(standIns::containsKey)) {
        List<Long> ids = BulkRows.batchWithIds(on.insert(table, true), table, kept);
        for (int i = 0; i < kept.size(); i++) {
          Long standIn = standIns.get(kept.get(i));
          if (standIn != null) {
            realIds.put(standIn, ids.get(i));
          }
        }
      } else {
        BulkRows.batch(on.insert(table, false), table, kept);
      }
    }
  }

  private void flushPostgres(Connection c) throws SQLException {
    Map<Table<?>, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<Table<?>, List<TableRecord<?>>> e : rows.entrySet()) {
      if (e.getValue().stream().anyMatch(standIns::containsKey)) {
        counts.put(e.getKey(), e.getValue().size());
      }
    }
    if (!counts.isEmpty()) {
      Map<Table<?>, List<Long>> ids = OneStatementInsert.takeIds(c, counts);
      for (Table<?> table : counts.keySet()) {
        List<TableRecord<?>> parents = rows.get(table);
        List<Long> taken = ids.get(table);
        int id = table.indexOf("id");
        for (int i = 0; i < parents.size(); i++) {
          setLong(parents.get(i), id, taken.get(i));
          Long standIn = standIns.get(parents.get(i));
          if (standIn != null) {
            realIds.put(standIn, taken.get(i));
          }
        }
      }
    }
    for (List<TableRecord<?>> table : rows.values()) {
      for (TableRecord<?> row : table) {
        resolveReferences(row);
      }
    }
    OneStatementInsert.insert(c, rows, counts.keySet());
  }

  /** Puts the real id of its parent in each reference column of the row that holds a stand-in. */
  private void resolveReferences(TableRecord<?> row) {
    Field<?>[] fields = row.fields();
    for (int i = 0; i < fields.length; i++) {
      if (row.get(i) instanceof Long value && value < 0 && isReference(fields[i])) {
        Long real = realIds.get(value);
        if (real == null) {
          throw new IllegalStateException(
              "row of " + row.getTable().getName() + " refers to a parent not yet inserted");
        }
        setLong(row, i, real);
      }
    }
  }

  private static boolean isReference(Field<?> field) {
    String name = field.getName().toLowerCase(Locale.ROOT);
    return name.endsWith("_id") && !name.equals("plan_id") && !name.equals("organization_id");
  }

  @SuppressWarnings("unchecked")
  private static void setLong(TableRecord<?> row, int index, long value) {
    row.set((Field<Long>) row.field(index), value);
  }
}
