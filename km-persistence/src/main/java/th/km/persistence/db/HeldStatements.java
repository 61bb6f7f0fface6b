package th.km.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * The prepared statements of one connection a bulk import holds ({@link HeldConnection}), each
 * prepared the first time it is used and kept until the connection is given back, so that H2 parses
 * an insert once per run rather than once per organization: H2 keeps only the last 8 statements a
 * session parsed, and one organization's plan and records use some sixty. Statements run in the
 * transaction the connection is in, like any other statement on it; they are not thread-safe, and
 * neither is the bulk import that holds them (its methods are synchronized).
 */
final class HeldStatements implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  HeldStatements(Connection connection) {
    this.connection = connection;
  }

  /** The statement of {@code sql}, prepared at its first use. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    return statement;
  }

  /**
   * The batched insert of the table's rows ({@link BulkRows#insertSql}); with {@code generatedKeys}
   * its batch gives back the ids the table's identity column assigned, in the order of the rows.
   */
  PreparedStatement insert(Table<?> table, boolean generatedKeys) throws SQLException {
    String sql = BulkRows.insertSql(table);
    String key = generatedKeys ? "keys:" + sql : sql;
    PreparedStatement statement = prepared.get(key);
    if (statement == null) {
      statement =
          generatedKeys
              ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
              : connection.prepareStatement(sql);
      prepared.put(key, statement);
    }
    return statement;
  }

  /**
   * Inserts the rows, all of one table, in batches through statements prepared once: {@link
   * BulkRows#GROUP} rows per execution where there are that many ({@link BulkRows#batchGrouped}),
   * the ids left to the table's identity column.
   */
  void insertAll(Table<?> table, List<? extends TableRecord<?>> rows) throws SQLException {
    PreparedStatement single = insert(table, false);
    if (rows.size() < BulkRows.GROUP) {
      BulkRows.batch(single, table, rows);
    } else {
      BulkRows.batchGrouped(
          prepare(BulkRows.insertSql(table, BulkRows.GROUP)), single, table, rows);
    }
  }

  /**
   * Inserts one row through {@link #insert} (every column of its table but the id and the version,
   * which keeps its default) and gives back the id the table's identity column assigned it.
   */
  long insertOne(TableRecord<?> row) {
    try {
      return BulkRows.batchWithIds(insert(row.getTable(), true), row.getTable(), List.of(row))
          .get(0);
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  /**
   * Inserts a row whose every column but the id and the version is set: through {@code
   * statements}' {@link #insertOne} when the bulk import gives them, else through jOOQ on {@code
   * tx}, which inserts the columns set; the same row either way.
   */
  static void insert(DSLContext tx, @Nullable HeldStatements statements, TableRecord<?> row) {
    if (statements != null) {
      statements.insertOne(row);
    } else {
      tx.executeInsert(row);
    }
  }

  /**
   * Like {@link #insert(DSLContext, HeldStatements, TableRecord)}, giving back the id the table's
   * identity column ({@code id}) assigned the row.
   */
  static <R extends TableRecord<R>> long insertReturningId(
      DSLContext tx, @Nullable HeldStatements statements, R row, Field<Long> id) {
    if (statements != null) {
      return statements.insertOne(row);
    }
    return tx.insertInto(row.getTable()).set(row).returningResult(id).fetchSingle().value1();
  }

  /** Closes every statement; the connection is its owner's to give back. */
  @Override
  public void close() {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException ignored) {
        // The connection is being given back (or was lost): its statements go with it.
      }
    }
    prepared.clear();
  }
}
