package th.km.persistence.db;

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
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanVersion;
import th.km.core.store.StoredPlan;
import th.km.persistence.PersistenceException;

/**
 * The batch's read of an organization's latest plan of the year ({@code km evaluate --all}): the
 * same plan and version as {@link JooqPlanStore#latest}, read on one connection of the batch's own
 * through statements prepared once for the whole batch (one per table, on its first use), each
 * row's columns taken by index into plain values ({@link ValueRows}), which the plan store's own
 * mappers ({@link PlanContentRows}) turn into the plan. No SQL is rendered or parsed again per
 * plan, and no transaction is opened per plan but the one the connection is in, committed after
 * each plan.
 *
 * <p>A plan version's content is taken from its stored snapshot when it has a usable one ({@link
 * PlanSnapshots}): the rows the mappers read, stored once ({@link PlanRowsCodec}) and handed to
 * the same mappers; otherwise from the rows, which are then stored as its snapshot. The plan row
 * and a snapshot are read without km's generated jOOQ tables (their statements are plain SQL), so
 * that a batch whose plans all have snapshots never sets them up; the rows of a plan without one
 * are read through the generated tables' columns.
 */
final class BatchPlanReads implements AutoCloseable, PlanRowReader.Rows {

  /** The plan row: the latest version first; only the first row is read. */
  private static final String LATEST =
      "SELECT * FROM plan WHERE organization_id = (SELECT id FROM organization WHERE code = ?)"
          + " AND fiscal_year = ? ORDER BY plan_version DESC";

  /** A table's statement, and its columns (their names and types) in the order it selects them. */
  private record Prepared(PreparedStatement statement, List<String> columns, Class<?>[] types) {}

  private final Connection connection;
  private final DSLContext dsl;
  private final PreparedStatement latest;
  private final Map<String, Prepared> tables = new HashMap<>();
  private final PlanSnapshots snapshots;
  private int fromSnapshots;

  /**
   * Prepares the plan row's statement on the connection, which the reader then owns and closes;
   * {@code dsl} is jOOQ on the same connection, which renders each table's statement once.
   */
  BatchPlanReads(Connection connection, DSLContext dsl) throws SQLException {
    this.connection = connection;
    this.dsl = dsl;
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    latest = connection.prepareStatement(LATEST);
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
      long planId;
      long organizationId;
      PlanContentRows.Head head;
      StoredPlan read;
      List<PlanRowsCodec.Read> reads = new ArrayList<>();
      try {
        PlanVersion version;
        latest.setString(1, code.value());
        latest.setInt(2, year.buddhistYear());
        try (ResultSet r = latest.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          StoredRow row = StoredRow.current(r);
          planId = row.id("id");
          organizationId = row.id("organization_id");
          version = PlanVersionRows.version(row, code);
          head = PlanContentRows.head(row, code);
        }
        byte[] content = snapshots.content(planId, organizationId);
        KmPlan plan = content == null ? null : fromSnapshot(content, planId, organizationId, head);
        if (plan != null) {
          fromSnapshots++;
          return Optional.of(new StoredPlan(version, plan));
        }
        PlanRowReader in = new PlanRowReader(recording(reads), planId, organizationId);
        read = new StoredPlan(version, PlanContentRows.read(in, head));
      } finally {
        connection.commit();
      }
      if (snapshots.storing()) {
        // Read from the rows and committed: stored as the version's snapshot, in a transaction of
        // its own, for the next batch (PlanSnapshots says why it never goes stale).
        store(planId, organizationId, head, read.plan(), reads);
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
      long planId,
      long organizationId,
      PlanContentRows.Head head,
      KmPlan plan,
      List<PlanRowsCodec.Read> reads) {
    byte[] content;
    try {
      content = PlanRowsCodec.encode(planId, organizationId, reads);
    } catch (IllegalArgumentException e) {
      return;
    }
    if (plan.equals(fromSnapshot(content, planId, organizationId, head))) {
      snapshots.store(planId, organizationId, content);
    }
  }

  /**
   * The plan of plan row {@code planId}'s snapshot, whose row gives {@code head}, through the plan
   * store's mappers; none if unusable.
   */
  @Nullable KmPlan fromSnapshot(
      byte[] content, long planId, long organizationId, PlanContentRows.Head head) {
    try {
      Map<String, ValueRows> stored = PlanRowsCodec.decode(content, planId, organizationId);
      PlanRowReader in = new PlanRowReader(served(stored), planId, organizationId);
      return PlanContentRows.read(in, head);
    } catch (RuntimeException e) {
      // Not a whole snapshot of this version (IllegalArgumentException), or rows the mappers
      // refuse (a column missing or of another type, a value they do not know): read as none,
      // and the rows are read.
      return null;
    }
  }

  /** This reader's rows, each read also kept in {@code reads}, in order. */
  private PlanRowReader.Rows recording(List<PlanRowsCodec.Read> reads) {
    return (table, planId, organizationId, order) -> {
      ValueRows rows = read(table, planId, organizationId, order);
      reads.add(new PlanRowsCodec.Read(List.copyOf(order), rows));
      return rows;
    };
  }

  /** The rows a snapshot holds, by {@link PlanRowsCodec#key}; a read it lacks throws. */
  private static PlanRowReader.Rows served(Map<String, ValueRows> stored) {
    return (table, planId, organizationId, order) -> {
      ValueRows rows = stored.get(PlanRowsCodec.key(table, order));
      if (rows == null) {
        throw new IllegalArgumentException("the plan snapshot lacks " + table);
      }
      return rows;
    };
  }

  @Override
  public List<StoredRow> rows(String table, long planId, long organizationId, List<String> order) {
    return read(table, planId, organizationId, order);
  }

  private ValueRows read(String table, long planId, long organizationId, List<String> order) {
    try {
      String key = PlanRowsCodec.key(table, order);
      Prepared p = tables.get(key);
      if (p == null) {
        Table<?> t = PlanRowReader.table(table);
        String sql = PlanRowReader.query(dsl, t, 0L, 0L, order).getSQL();
        Field<?>[] fields = t.fields();
        List<String> columns = new ArrayList<>(fields.length);
        Class<?>[] types = new Class<?>[fields.length];
        for (int i = 0; i < fields.length; i++) {
          columns.add(fields[i].getName());
          types[i] = fields[i].getType();
        }
        p = new Prepared(connection.prepareStatement(sql), List.copyOf(columns), types);
        tables.put(key, p);
      }
      p.statement().setLong(1, planId);
      p.statement().setLong(2, organizationId);
      ValueRows rows = new ValueRows(table, p.columns());
      try (ResultSet r = p.statement().executeQuery()) {
        while (r.next()) {
          Object[] values = new Object[p.types().length];
          for (int i = 0; i < values.length; i++) {
            values[i] = r.getObject(i + 1, p.types()[i]);
          }
          rows.add(values);
        }
      }
      return rows;
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

  private static PersistenceException failed(SQLException e) {
    return new PersistenceException(
        "อ่านแผนในฐานข้อมูลไม่สำเร็จ / the plan could not be read from the database: "
            + e.getMessage(),
        e);
  }
}
