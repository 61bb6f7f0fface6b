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
import org.jspecify.annotations.Nullable;

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
 * offset); and a CRC-32C of all that. It decodes into plain values by the columns' names it
 * holds ({@link ValueRows}), without km's generated jOOQ tables: a mapper that asks for a column
 * the snapshot lacks (a migration added it) or finds a value of another type fails, and the batch
 * then reads the rows and stores the snapshot again ({@link BatchPlanReads}). Change the format,
 * and raise {@link #VERSION} with it: a snapshot of another version is never decoded.
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

  /** One read of a table's rows by the mappers: the columns ordering it, and the rows. */
  record Read(List<String> order, ValueRows rows) {}

  private PlanRowsCodec() {}

  /** The key a read is found by: the table's name and its order columns' names. */
  static String key(String table, List<String> order) {
    StringBuilder key = new StringBuilder(table);
    for (String o : order) {
      key.append(' ').append(o);
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
      ValueRows rows = read.rows();
      out.text(key(rows.table(), read.order()));
      out.count(rows.columns().size());
      for (String column : rows.columns()) {
        out.text(column);
      }
      out.count(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        for (Object value : rows.values(i)) {
          value(out, value);
        }
      }
    }
    return out.toCheckedArray();
  }

  /**
   * The reads stored in {@code content}, by {@link #key}.
   *
   * @throws IllegalArgumentException when the bytes are not a whole snapshot of this version of
   *     plan row {@code planId} (cut short, corrupted or of another plan)
   */
  static Map<String, ValueRows> decode(byte[] content, long planId, long organizationId) {
    SnapshotBytes.In in = SnapshotBytes.checked(content, MAGIC, VERSION, "plan snapshot");
    if (in.signed() != planId || in.signed() != organizationId) {
      throw new IllegalArgumentException("the plan snapshot is of another plan");
    }
    int reads = in.count();
    Map<String, ValueRows> byKey = new HashMap<>();
    for (int r = 0; r < reads; r++) {
      String key = in.text();
      int space = key.indexOf(' ');
      byKey.put(key, rows(in, space < 0 ? key : key.substring(0, space)));
    }
    if (in.remaining() != 0) {
      throw new IllegalArgumentException("the plan snapshot has bytes after its last table");
    }
    return byKey;
  }

  private static ValueRows rows(SnapshotBytes.In in, String table) {
    int width = in.count();
    // Each name and each value takes a byte at least: a count past the end is refused before
    // allocating.
    if (width > in.remaining()) {
      throw new IllegalArgumentException("the plan snapshot's " + table + " runs past its end");
    }
    List<String> columns = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      columns.add(in.text());
    }
    ValueRows rows = new ValueRows(table, columns);
    int count = in.count();
    if (count > in.remaining()) {
      throw new IllegalArgumentException("the plan snapshot's " + table + " runs past its end");
    }
    for (int i = 0; i < count; i++) {
      Object[] row = new Object[width];
      for (int c = 0; c < width; c++) {
        row[c] = value(in);
      }
      rows.add(row);
    }
    return rows;
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
