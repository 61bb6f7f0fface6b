package th.km.persistence.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Inserts the rows of one plan version: a row whose id its children need at once, every other row
 * in one batch at the end, after the rows it refers to.
 */
final class PlanRowWriter {
  private final DSLContext tx;
  private final long planId;
  private final long organizationId;
  private final List<TableRecord<?>> leaves = new ArrayList<>();

  PlanRowWriter(DSLContext tx, long planId, long organizationId) {
    this.tx = tx;
    this.planId = planId;
    this.organizationId = organizationId;
  }

  DSLContext tx() {
    return tx;
  }

  long planId() {
    return planId;
  }

  long organizationId() {
    return organizationId;
  }

  /** Inserts a row whose id its children need, and returns the id. */
  <R extends TableRecord<R>> long parent(R row, Table<R> table, Field<Long> id) {
    return tx.insertInto(table).set(row).returningResult(id).fetchSingle().value1();
  }

  /** Keeps a row no other row refers to, for the batch {@link #insertLeaves()} inserts. */
  void leaf(TableRecord<?> row) {
    leaves.add(row);
  }

  /** Inserts the rows kept by {@link #leaf}, in one batch. */
  void insertLeaves() {
    if (!leaves.isEmpty()) {
      tx.batchInsert(leaves).execute();
    }
  }
}
