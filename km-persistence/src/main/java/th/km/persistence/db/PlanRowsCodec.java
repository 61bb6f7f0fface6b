package th.km.persistence.db;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import th.km.persistence.jooq.DefaultSchema;

/**
 * The stored form of a plan version's content ({@code plan_snapshot.content}, V53): the rows of
 * each plan table the plan store's mappers ({@link PlanContentRows}) read, as they read them, so
 * that the same mappers turn them into the same plan without a query.
 *
 * <p>The format, numbered {@link #VERSION}: a magic number, the version, the plan row's and the
 * organization's ids; then per table read: the table's name and the names of the columns it was
 * ordered by, the names of all its columns, the number of rows, and each row's values in column
 * order behind a type tag (null, integers and epoch days as variable-length integers, texts as
 * UTF-8, decimals as unscaled bytes and scale, timestamps as epoch seconds, nanoseconds and
 * offset); and a CRC-32C of all that. A snapshot whose columns are not exactly a table's columns
 * of today (a migration added one) does not decode. Change the format, and raise {@link #VERSION}
 * with it: a snapshot of another version is never decoded.
 */
final class PlanRowsCodec {

  /** The format's version, stored beside each snapshot ({@code plan_snapshot.codec}). */
  static final int VERSION = 2;

  /** The first bytes of every snapshot: "KMPR". */
  private static final int MAGIC = 0x4B4D5052;

  private static final int NULL = 0;
  private static final int LONG = 1;
  private static final int INTEGER = 2;
  private static final int TEXT = 3;
  private static final int TRUE = 4;
  private static final int FALSE = 5;
  private static final int DECIMAL = 6;
  private static final int DATE = 7;
  private static final int TIMESTAMP = 8;
  private static final int BYTES = 9;

  /** One read of a table's rows by the mappers: the table, the columns ordering it, the rows. */
  record Read(Table<?> table, List<Field<?>> order, Result<?> rows) {}

  /** A table of km, its columns, and the bytes that name its columns in a snapshot. */
  private record Layout(Table<?> table, Field<?>[] fields, byte[] columns) {}

  private static final Map<String, Layout> LAYOUTS = layouts();

  private PlanRowsCodec() {}

  /** The key a read is found by: the table's name and its order columns' names. */
  static String key(Table<?> table, List<Field<?>> order) {
    StringBuilder key = new StringBuilder(table.getName());
    for (Field<?> f : order) {
      key.append(' ').append(f.getName());
    }
    return key.toString();
  }

  /**
   * The stored form of the reads of plan row {@code planId}'s content.
   *
   * @throws IllegalArgumentException when a value is of a type the format does not hold
   */
  static byte[] encode(long planId, long organizationId, List<Read> reads) {
    SnapshotBytes.Out out = new SnapshotBytes.Out(1 << 16);
    out.count(MAGIC);
    out.count(VERSION);
    out.signed(planId);
    out.signed(organizationId);
    out.count(reads.size());
    for (Read read : reads) {
      out.text(key(read.table(), read.order()));
      Field<?>[] fields = read.table().fields();
      columns(out, fields);
      out.count(read.rows().size());
      for (Record row : read.rows()) {
        for (Field<?> f : fields) {
          value(out, row.get(f));
        }
      }
    }
    return out.toCheckedArray();
  }

  /**
   * The reads stored in {@code content}, by {@link #key}, as records of {@code dsl}.
   *
   * @throws IllegalArgumentException when the bytes are not a whole snapshot of this version of
   *     plan row {@code planId} (cut short, corrupted, of another plan, or of columns the tables no
   *     longer have exactly)
   */
  static Map<String, Result<?>> decode(
      byte[] content, DSLContext dsl, long planId, long organizationId) {
    SnapshotBytes.In in = SnapshotBytes.checked(content, MAGIC, VERSION, "plan snapshot");
    if (in.signed() != planId || in.signed() != organizationId) {
      throw new IllegalArgumentException("the plan snapshot is of another plan");
    }
    int reads = in.count();
    Map<String, Result<?>> byKey = new HashMap<>();
    for (int r = 0; r < reads; r++) {
      String key = in.text();
      int space = key.indexOf(' ');
      String name = space < 0 ? key : key.substring(0, space);
      Layout layout = LAYOUTS.get(name);
      if (layout == null) {
        throw new IllegalArgumentException("the plan snapshot names no table of km: " + name);
      }
      byKey.put(key, rows(in, dsl, layout));
    }
    if (in.remaining() != 0) {
      throw new IllegalArgumentException("the plan snapshot has bytes after its last table");
    }
    return byKey;
  }

  private static <R extends Record> Result<R> rows(
      SnapshotBytes.In in, DSLContext dsl, Layout layout) {
    @SuppressWarnings("unchecked") // the layout's table is a table of R's
    Table<R> table = (Table<R>) layout.table();
    Field<?>[] fields = layout.fields();
    if (!in.skip(layout.columns())) {
      throw new IllegalArgumentException("the plan snapshot's " + table.getName() + " columns differ");
    }
    int count = in.count();
    Result<R> result = dsl.newResult(table);
    // Each row takes a byte a column at least: a count past the end is refused before allocating.
    if (count > in.remaining()) {
      throw new IllegalArgumentException("the plan snapshot's " + table.getName() + " runs past its end");
    }
    List<R> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      R record = dsl.newRecord(table);
      for (Field<?> f : fields) {
        set(record, f, value(in));
      }
      rows.add(record);
    }
    result.addAll(rows);
    return result;
  }

  /**
   * Every table of km by its name, with its columns and the bytes that name them in a snapshot
   * (their count and names as {@link #encode} writes them), so that a snapshot's columns are
   * checked by comparing bytes, not by decoding and comparing a text per column.
   */
  private static Map<String, Layout> layouts() {
    Map<String, Layout> byName = new HashMap<>();
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      Field<?>[] fields = table.fields();
      SnapshotBytes.Out columns = new SnapshotBytes.Out(64 * fields.length + 8);
      columns(columns, fields);
      byName.put(table.getName(), new Layout(table, fields, columns.toArray()));
    }
    return Map.copyOf(byName);
  }

  private static void columns(SnapshotBytes.Out out, Field<?>[] fields) {
    out.count(fields.length);
    for (Field<?> f : fields) {
      out.text(f.getName());
    }
  }

  private static <T> void set(Record record, Field<T> field, @Nullable Object value) {
    if (value != null && !field.getType().isInstance(value)) {
      throw new IllegalArgumentException(
          "the plan snapshot holds a " + value.getClass().getSimpleName() + " in " + field.getName());
    }
    record.set(field, field.getType().cast(value));
  }

  private static void value(SnapshotBytes.Out out, @Nullable Object value) {
    switch (value) {
      case null -> out.write(NULL);
      case Long v -> {
        out.write(LONG);
        out.signed(v);
      }
      case Integer v -> {
        out.write(INTEGER);
        out.signed(v);
      }
      case String v -> {
        out.write(TEXT);
        out.text(v);
      }
      case Boolean v -> out.write(v ? TRUE : FALSE);
      case BigDecimal v -> {
        out.write(DECIMAL);
        out.signed(v.scale());
        bytes(out, v.unscaledValue().toByteArray());
      }
      case LocalDate v -> {
        out.write(DATE);
        out.signed(v.toEpochDay());
      }
      case OffsetDateTime v -> {
        out.write(TIMESTAMP);
        out.signed(v.toEpochSecond());
        out.count(v.getNano());
        out.signed(v.getOffset().getTotalSeconds());
      }
      case byte[] v -> {
        out.write(BYTES);
        bytes(out, v);
      }
      default ->
          throw new IllegalArgumentException(
              "a plan snapshot cannot hold a " + value.getClass().getName());
    }
  }

  private static @Nullable Object value(SnapshotBytes.In in) {
    int tag = in.read();
    return switch (tag) {
      case NULL -> null;
      case LONG -> in.signed();
      case INTEGER -> Math.toIntExact(in.signed());
      case TEXT -> in.text();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case DECIMAL -> {
        int scale = Math.toIntExact(in.signed());
        yield new BigDecimal(new BigInteger(bytes(in)), scale);
      }
      case DATE -> LocalDate.ofEpochDay(in.signed());
      case TIMESTAMP -> {
        long seconds = in.signed();
        int nano = in.count();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.toIntExact(in.signed()));
        yield OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nano, offset), offset);
      }
      case BYTES -> bytes(in);
      default -> throw new IllegalArgumentException("the plan snapshot has an unknown tag " + tag);
    };
  }

  private static void bytes(SnapshotBytes.Out out, byte[] value) {
    out.count(value.length);
    out.write(value, 0, value.length);
  }

  private static byte[] bytes(SnapshotBytes.In in) {
    int length = in.count();
    if (length > in.remaining()) {
      throw new IllegalArgumentException("a value of the plan snapshot runs past its end");
    }
    byte[] value = new byte[length];
    for (int i = 0; i < length; i++) {
      value[i] = (byte) in.read();
    }
    return value;
  }
}
