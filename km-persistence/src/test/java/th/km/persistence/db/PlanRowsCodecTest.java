package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.persistence.jooq.Tables.DIVISION;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import th.km.persistence.jooq.tables.records.DivisionRecord;

/**
 * A plan snapshot decodes into the rows it was made of, its tables found by name and its columns
 * checked as bytes; one whose columns are not exactly the table's columns of today is refused.
 */
class PlanRowsCodecTest {

  private static final DSLContext DSL_H2 = DSL.using(SQLDialect.H2);

  private static byte[] divisions() {
    Result<DivisionRecord> rows = DSL_H2.newResult(DIVISION);
    for (int i = 0; i < 3; i++) {
      DivisionRecord r = DSL_H2.newRecord(DIVISION);
      r.setId(10L + i);
      r.setPlanId(7L);
      r.setOrganizationId(3L);
      r.setOrdinal(i);
      r.setCode("D" + i);
      r.setName("กอง " + i + (i == 1 ? ", \"คลัง\"" : ""));
      rows.add(r);
    }
    return PlanRowsCodec.encode(
        7L, 3L, List.of(new PlanRowsCodec.Read(DIVISION, List.of(DIVISION.ORDINAL), rows)));
  }

  @Test
  void decodesTheRowsItWasMadeOf() {
    Map<String, Result<?>> read = PlanRowsCodec.decode(divisions(), DSL_H2, 7L, 3L);
    Result<?> rows = read.get(PlanRowsCodec.key(DIVISION, List.of(DIVISION.ORDINAL)));
    assertEquals(3, rows.size());
    DivisionRecord second = (DivisionRecord) rows.get(1);
    assertEquals(11L, second.getId());
    assertEquals(1, second.getOrdinal());
    assertEquals("D1", second.getCode());
    assertEquals("กอง 1, \"คลัง\"", second.getName());
  }

  @Test
  void refusesColumnsThatDifferFromTheTables() {
    byte[] content = divisions();
    byte[] name = "ordinal".getBytes(StandardCharsets.UTF_8);
    int at = lastIndexOf(content, name); // the column's name, after the read's key

    content[at + name.length - 1] = 'X';
    resum(content);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PlanRowsCodec.decode(content, DSL_H2, 7L, 3L));
    assertTrue(e.getMessage().contains("columns differ"), e.getMessage());
  }

  @Test
  void skipsOnlyTheBytesExpected() {
    SnapshotBytes.In in = new SnapshotBytes.In(new byte[] {1, 2, 3, 4}, 0, 4);
    assertFalse(in.skip(new byte[] {1, 3}));
    assertFalse(in.skip(new byte[] {1, 2, 3, 4, 5}));
    assertEquals(4, in.remaining());
    assertTrue(in.skip(new byte[] {1, 2}));
    assertEquals(2, in.remaining());
    assertEquals(3, in.read());
  }

  private static int lastIndexOf(byte[] content, byte[] part) {
    for (int i = content.length - part.length; i >= 0; i--) {
      if (java.util.Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  /** Writes the CRC-32C of the changed content again, so that only the columns are wrong. */
  private static void resum(byte[] content) {
    int end = content.length - 4;
    CRC32C crc = new CRC32C();
    crc.update(content, 0, end);
    int sum = (int) crc.getValue();
    for (int i = 0; i < 4; i++) {
      content[end + i] = (byte) (sum >>> (24 - 8 * i));
    }
  }
}
