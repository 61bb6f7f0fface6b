package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * A plan snapshot decodes into the rows it was made of, by the columns' names it holds, without
 * km's generated tables; a snapshot written before it decoded into plain values (the same format)
 * still decodes; and a column the mappers ask for that the snapshot lacks, or holds as another
 * type, fails the read (the batch then reads the rows).
 */
class PlanRowsCodecTest {

  private static final List<String> DIVISION =
      List.of("id", "plan_id", "organization_id", "ordinal", "code", "name");

  /**
   * {@link #divisions()} as the encoder of jOOQ records wrote it (main 7db0d1c, before the
   * snapshot decoded into plain values), in hexadecimal.
   */
  private static final String WRITTEN_BEFORE =
      "d2a0b5da04020e0601106469766973696f6e206f7264696e616c0602696407706c616e5f69640f6f"
          + "7267616e697a6174696f6e5f6964076f7264696e616c04636f6465046e616d65030114010e010602"
          + "0003024430030be0b881e0b8ade0b88720300116010e0106020203024431031be0b881e0b8ade0b8"
          + "8720312c2022e0b884e0b8a5e0b8b1e0b887220118010e0106020403024432030be0b881e0b8ade0"
          + "b88720321149b045";

  private static byte[] divisions() {
    ValueRows rows = new ValueRows("division", DIVISION);
    for (int i = 0; i < 3; i++) {
      rows.add(
          new Object[] {10L + i, 7L, 3L, i, "D" + i, "กอง " + i + (i == 1 ? ", \"คลัง\"" : "")});
    }
    return PlanRowsCodec.encode(7L, 3L, List.of(new PlanRowsCodec.Read(List.of("ordinal"), rows)));
  }

  @Test
  void decodesTheRowsItWasMadeOf() {
    Map<String, ValueRows> read = PlanRowsCodec.decode(divisions(), 7L, 3L);
    ValueRows rows = read.get(PlanRowsCodec.key("division", List.of("ordinal")));
    assertEquals(3, rows.size());
    assertEquals(DIVISION, rows.columns());
    StoredRow second = rows.get(1);
    assertEquals(11L, second.id("id"));
    assertEquals(1, second.integer("ordinal"));
    assertEquals("D1", second.text("code"));
    assertEquals("กอง 1, \"คลัง\"", second.text("name"));
  }

  @Test
  void writesTheFormatItWroteBefore() {
    assertEquals(WRITTEN_BEFORE, HexFormat.of().formatHex(divisions()));
    ValueRows rows =
        PlanRowsCodec.decode(HexFormat.of().parseHex(WRITTEN_BEFORE), 7L, 3L)
            .get("division ordinal");
    assertEquals("กอง 2", rows.get(2).text("name"));
  }

  @Test
  void aColumnTheSnapshotLacksOrHoldsAsAnotherTypeFailsTheRead() {
    byte[] content = divisions();
    byte[] name = "code".getBytes(StandardCharsets.UTF_8);
    int at = lastIndexOf(content, name); // the column's name, after the read's key
    content[at + name.length - 1] = 'X';
    resum(content);
    StoredRow first = PlanRowsCodec.decode(content, 7L, 3L).get("division ordinal").get(0);
    assertEquals("กอง 0", first.text("name"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> first.text("code"));
    assertTrue(e.getMessage().contains("no column code"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> first.integer("name"));
    assertTrue(e.getMessage().contains("not a Integer"), e.getMessage());
  }

  @Test
  void refusesASnapshotOfAnotherPlan() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PlanRowsCodec.decode(divisions(), 8L, 3L));
    assertTrue(e.getMessage().contains("another plan"), e.getMessage());
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
