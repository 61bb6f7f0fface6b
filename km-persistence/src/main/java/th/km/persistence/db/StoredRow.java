package th.km.persistence.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * One stored row of a km table as the mappers read it: its values by column name. Three kinds of
 * row give it: a jOOQ record (the plan store's and the web's reads, {@link #of}), a row of a plan
 * snapshot or of the batch's plan statements ({@link ValueRows}), and the current row of a JDBC
 * result ({@link #current}). The mappers (the plan's {@link PlanContentRows} and its section
 * classes, {@link PlanVersionRows}, {@link OrganizationRows}) read only this, so that each table
 * has one mapping whichever way its rows were read; and the batch of {@code km evaluate --all}
 * maps its plans and organizations without a jOOQ record of km's generated tables (setting one
 * sets up all of them: {@code Keys}).
 */
interface StoredRow {

  /**
   * The value of column {@code column} (its name in the schema, lower case), null for SQL NULL.
   *
   * @throws IllegalArgumentException when the row has no such column or its value is not a {@code
   *     type}
   */
  <T> @Nullable T value(String column, Class<T> type);

  /** A text column's value, never null. */
  default String text(String column) {
    return required(column, String.class);
  }

  /** A text column's value, null for SQL NULL. */
  default @Nullable String optionalText(String column) {
    return value(column, String.class);
  }

  /** A {@code BIGINT} column's value (an id), never null. */
  default long id(String column) {
    return required(column, Long.class);
  }

  /** A {@code BIGINT} column's value (an id), null for SQL NULL. */
  default @Nullable Long optionalId(String column) {
    return value(column, Long.class);
  }

  /** An {@code INTEGER} column's value, never null. */
  default int integer(String column) {
    return required(column, Integer.class);
  }

  /** An {@code INTEGER} column's value, null for SQL NULL. */
  default @Nullable Integer optionalInteger(String column) {
    return value(column, Integer.class);
  }

  /** A {@code BOOLEAN} column's value, never null. */
  default boolean flag(String column) {
    return required(column, Boolean.class);
  }

  /** A {@code DATE} column's value, null for SQL NULL. */
  default @Nullable LocalDate date(String column) {
    return value(column, LocalDate.class);
  }

  /** A {@code TIMESTAMP WITH TIME ZONE} column's value, null for SQL NULL. */
  default @Nullable OffsetDateTime timestamp(String column) {
    return value(column, OffsetDateTime.class);
  }

  private <T> T required(String column, Class<T> type) {
    T value = value(column, type);
    if (value == null) {
      throw new IllegalStateException("column " + column + " is null");
    }
    return value;
  }

  /** The row of a jOOQ record: its fields by name, each converted to the type asked for. */
  static StoredRow of(Record record) {
    return record::get;
  }

  /**
   * The current row of {@code result} (which the caller moves), its columns by label; read while
   * the result is on that row.
   */
  static StoredRow current(ResultSet result) {
    return new StoredRow() {
      @Override
      public <T> @Nullable T value(String column, Class<T> type) {
        try {
          return result.getObject(column, type);
        } catch (SQLException e) {
          throw new IllegalArgumentException("column " + column + ": " + e.getMessage(), e);
        }
      }
    };
  }
}
