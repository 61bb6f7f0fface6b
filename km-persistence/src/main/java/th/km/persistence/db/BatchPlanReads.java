package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.jooq.tables.records.PlanRecord;

/**
 * The batch's read of an organization's latest plan of the year ({@code km evaluate --all}): the
 * same plan and version as {@link JooqPlanStore#latest}, read on one connection of the batch's own
 * through statements prepared once for the whole batch (one per table, on its first use), each
 * row's columns taken by index into the table's record, which the plan store's own mappers ({@link
 * PlanContentRows}) turn into the plan. No SQL is rendered or parsed again per plan, and no
 * transaction is opened per plan but the one the connection is in, committed after each plan.
 *
 * <p>A plan version's content is taken from its stored snapshot when it has a usable one ({@link
 * PlanSnapshots}): the rows the mappers read, stored once ({@link PlanRowsCodec}) and handed to
 * the same mappers; otherwise from the rows, which are then stored as its snapshot.
 */
final class BatchPlanReads implements AutoCloseable, PlanRowReader.Rows {

  /** A table's statement and the fields its columns are read into, in their order. */
  private record Prepared(PreparedStatement statement, Field<?>[] fields) {}

  private final Connection connection;
  private final DSLContext dsl;
  private final PreparedStatement latest;
  private final Field<?>[] planFields;
  private final Map<Table<?>, Prepared> tables = new HashMap<>();
  private final PlanSnapshots snapshots;
  private int fromSnapshots;

  /**
   * Prepares the plan row's statement on the connection, which the reader then owns and closes;
   * {@code dsl} is jOOQ on the same connection, which renders each statement once.
   */
  BatchPlanReads(Connection connection, DSLContext dsl) throws SQLException {
    this.connection = connection;
    this.dsl = dsl;
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    // The latest version first; only the first row is read.
    planFields = PLAN.fields();
    latest =
        connection.prepareStatement(
            dsl.select(planFields)
                .from(PLAN)
                .where(
                    PLAN.ORGANIZATION_ID.eq(
                        DSL.select(ORGANIZATION.ID)
                            .from(ORGANIZATION)
                            .where(ORGANIZATION.CODE.eq(DSL.val("", String.class)))))
                .and(PLAN.FISCAL_YEAR.eq(DSL.val(0, Integer.class)))
                .orderBy(PLAN.PLAN_VERSION.desc())
                .getSQL());
    snapshots = new PlanSnapshots(connection);
  }

  /** A reader on a new connection of the data source; {@code dsl} gives jOOQ's settings. */
  static BatchPlanReads open(DataSource dataSource, DSLContext dsl) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        return new BatchPlanReads(connection, DSL.using(connection, dsl.dialect(), dsl.settings()));
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * The organization's latest plan version of the year with its plan, equal to what {@link
   * JooqPlanStore#latest} gives; none when it has no plan of the year or is not registered. One
   * transaction, as the plan store's read.
   */
  Optional<StoredPlan> latest(OrganizationCode code, FiscalYear year) {
    try {
      PlanRecord row;
      StoredPlan read;
      List<PlanRowsCodec.Read> reads = new ArrayList<>();
      try {
        latest.setString(1, code.value());
        latest.setInt(2, year.buddhistYear());
        try (ResultSet r = latest.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          row = record(PLAN, planFields, r);
        }
        PlanVersion version = PlanVersionRows.version(row, code);
        byte[] content = snapshots.content(row.getId(), row.getOrganizationId());
        KmPlan plan = content == null ? null : fromSnapshot(content, row, code);
        if (plan != null) {
          fromSnapshots++;
          return Optional.of(new StoredPlan(version, plan));
        }
        PlanRowReader in =
            new PlanRowReader(recording(reads), row.getId(), row.getOrganizationId());
        read = new StoredPlan(version, PlanContentRows.read(in, row, code));
      } finally {
        connection.commit();
      }
      if (snapshots.storing()) {
        // Read from the rows and committed: stored as the version's snapshot, in a transaction of
        // its own, for the next batch (PlanSnapshots says why it never goes stale).
        store(row, code, read.plan(), reads);
      }
      return Optional.of(read);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** How many plans this reader took from their snapshots (for tests). */
  int fromSnapshots() {
    return fromSnapshots;
  }

  /**
   * Stores the rows just read as the version's snapshot, only when the mappers turn what it holds
   * back into a plan equal to the one read from the rows.
   */
  private void store(
      PlanRecord row, OrganizationCode code, KmPlan plan, List<PlanRowsCodec.Read> reads) {
    byte[] content;
    try {
      content = PlanRowsCodec.encode(row.getId(), row.getOrganizationId(), reads);
    } catch (IllegalArgumentException e) {
      return;
    }
    if (plan.equals(fromSnapshot(content, row, code))) {
      snapshots.store(row.getId(), row.getOrganizationId(), content);
    }
  }

  /** The plan of the version's snapshot, through the plan store's mappers; none if unusable. */
  @Nullable KmPlan fromSnapshot(byte[] content, PlanRecord row, OrganizationCode code) {
    try {
      Map<String, Result<?>> stored =
          PlanRowsCodec.decode(content, dsl, row.getId(), row.getOrganizationId());
      PlanRowReader in = new PlanRowReader(served(stored), row.getId(), row.getOrganizationId());
      return PlanContentRows.read(in, row, code);
    } catch (RuntimeException e) {
      // Not a whole snapshot of this version (IllegalArgumentException), or rows the mappers
      // refuse: read as none, and the rows are read.
      return null;
    }
  }

  /** This reader's rows, each read also kept in {@code reads}, in order. */
  private PlanRowReader.Rows recording(List<PlanRowsCodec.Read> reads) {
    return new PlanRowReader.Rows() {
      @Override
      public <R extends Record> Result<R> rows(
          Table<R> table,
          Field<Long> plan,
          Field<Long> organization,
          long planId,
          long organizationId,
          List<Field<?>> order) {
        Result<R> rows =
            BatchPlanReads.this.rows(table, plan, organization, planId, organizationId, order);
        reads.add(new PlanRowsCodec.Read(table, List.copyOf(order), rows));
        return rows;
      }
    };
  }

  /** The rows a snapshot holds, by {@link PlanRowsCodec#key}; a read it lacks throws. */
  private static PlanRowReader.Rows served(Map<String, Result<?>> stored) {
    return new PlanRowReader.Rows() {
      @Override
      public <R extends Record> Result<R> rows(
          Table<R> table,
          Field<Long> plan,
          Field<Long> organization,
          long planId,
          long organizationId,
          List<Field<?>> order) {
        Result<?> rows = stored.get(PlanRowsCodec.key(table, order));
        if (rows == null) {
          throw new IllegalArgumentException("the plan snapshot lacks " + table.getName());
        }
        for (Record r : rows) {
          if (!table.getRecordType().isInstance(r)) {
            throw new IllegalArgumentException("the plan snapshot's rows are not " + table.getName());
          }
        }
        @SuppressWarnings("unchecked") // every record checked above
        Result<R> typed = (Result<R>) rows;
        return typed;
      }
    };
  }

  @Override
  public <R extends Record> Result<R> rows(
      Table<R> table,
      Field<Long> plan,
      Field<Long> organization,
      long planId,
      long organizationId,
      List<Field<?>> order) {
    try {
      Prepared p = tables.get(table);
      if (p == null) {
        Field<?>[] fields = table.fields();
        String sql =
            dsl.select(fields)
                .from(table)
                .where(plan.eq(DSL.val(0L, Long.class)))
                .and(organization.eq(DSL.val(0L, Long.class)))
                .orderBy(order)
                .getSQL();
        p = new Prepared(connection.prepareStatement(sql), fields);
        tables.put(table, p);
      }
      p.statement().setLong(1, planId);
      p.statement().setLong(2, organizationId);
      Result<R> result = dsl.newResult(table);
      try (ResultSet r = p.statement().executeQuery()) {
        while (r.next()) {
          result.add(record(table, p.fields(), r));
        }
      }
      return result;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }

  /** The table's record of the current row, its columns those of {@code fields}, by index. */
  private <R extends Record> R record(Table<R> table, Field<?>[] fields, ResultSet r)
      throws SQLException {
    R record = dsl.newRecord(table);
    for (int i = 0; i < fields.length; i++) {
      set(record, fields[i], r, i + 1);
    }
    return record;
  }

  private static <T> void set(Record record, Field<T> field, ResultSet r, int column)
      throws SQLException {
    record.set(field, r.getObject(column, field.getType()));
  }

  private static PersistenceException failed(SQLException e) {
    return new PersistenceException(
        "อ่านแผนในฐานข้อมูลไม่สำเร็จ / the plan could not be read from the database: "
            + e.getMessage(),
        e);
  }
}
