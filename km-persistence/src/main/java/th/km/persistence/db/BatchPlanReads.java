package th.km.persistence.db;

import static th.km.persistence.jooq.Tables.ORGANIZATION;
import static th.km.persistence.jooq.Tables.PLAN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * PlanSnapshots}), and otherwise from the rows, after which the snapshot is stored.
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
        KmPlan plan = snapshots.read(row.getId(), row.getOrganizationId(), code, year);
        if (plan != null) {
          return Optional.of(new StoredPlan(version, plan));
        }
        PlanRowReader in = new PlanRowReader(this, row.getId(), row.getOrganizationId());
        read = new StoredPlan(version, PlanContentRows.read(in, row, code));
      } finally {
        connection.commit();
      }
      // Read from the rows and committed: stored as the version's snapshot, in a transaction of
      // its own, for the next batch (PlanSnapshots says why it never goes stale).
      snapshots.store(row.getId(), row.getOrganizationId(), read.plan());
      return Optional.of(read);
    } catch (SQLException e) {
      throw failed(e);
    }
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
