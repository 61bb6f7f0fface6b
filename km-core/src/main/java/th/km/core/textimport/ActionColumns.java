package th.km.core.textimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an action-plan table (แผนปฏิบัติการ KM), mapped by the words of their headers:
 * plans name and order them in many ways ("กิจกรรม" or "โครงการ/กิจกรรม", "วิธีการสู่ความสำเร็จ"
 * or "วิธีดำเนินการ", "ระยะเวลา" or "ช่วงเวลา", "ตัวชี้วัด" or "KPI", "เป้าหมาย" or "ค่าเป้าหมาย",
 * "ผู้รับผิดชอบ" or "หน่วยงานรับผิดชอบ").
 */
final class ActionColumns {

  /** The fields of an action-plan row. */
  enum Field {
    NUMBER,
    ACTIVITY,
    METHOD,
    PERIOD,
    INDICATOR,
    TARGET,
    RESPONSIBLE,
    NOTE
  }

  /**
   * Tried in order, so that "ระยะเวลาดำเนินการ" is a period and "ตัวชี้วัด/ค่าเป้าหมาย" an
   * indicator.
   */
  private static final List<Columns.Key<Field>> KEYS =
      List.of(
          new Columns.Key<>(
              Field.NUMBER,
              c -> List.of("ลำดับ", "ที่", "ลำดับที่", "ข้อ", "NO.", "NO").contains(upper(c))),
          new Columns.Key<>(Field.NOTE, c -> c.contains("หมายเหตุ")),
          new Columns.Key<>(
              Field.PERIOD,
              c ->
                  c.contains("ระยะเวลา")
                      || c.contains("ช่วงเวลา")
                      || c.contains("ห้วงเวลา")
                      || c.contains("กำหนดเวลา")),
          new Columns.Key<>(
              Field.METHOD,
              c ->
                  c.contains("วิธี")
                      || c.contains("ขั้นตอนการดำเนิน")
                      || c.equals("การดำเนินการ")),
          new Columns.Key<>(
              Field.INDICATOR, c -> c.contains("ตัวชี้วัด") || upper(c).contains("KPI")),
          new Columns.Key<>(Field.TARGET, c -> c.contains("เป้าหมาย")),
          new Columns.Key<>(Field.RESPONSIBLE, c -> c.contains("รับผิดชอบ")),
          new Columns.Key<>(Field.ACTIVITY, ActionColumns::namesActivity));

  /** The fields every row needs; a header without one of them is reported. */
  static final List<Field> REQUIRED =
      List.of(
          Field.NUMBER,
          Field.ACTIVITY,
          Field.METHOD,
          Field.PERIOD,
          Field.INDICATOR,
          Field.TARGET,
          Field.RESPONSIBLE);

  private ActionColumns() {}

  /**
   * The columns the line names when it is an action-plan header: a row not starting with a number,
   * with an activity column and at least four known columns. Missing columns are reported.
   */
  static Optional<Columns<Field>> header(SourceLine line, Issues issues) {
    if (!TableRows.mayBeHeader(line)
        || line.filledCells().stream().map(Text::squeeze).noneMatch(ActionColumns::namesActivity)) {
      return Optional.empty();
    }
    Columns<Field> columns = Columns.read(line, Field.class, KEYS);
    if (columns.size() < 4) {
      return Optional.empty();
    }
    for (Field f : REQUIRED) {
      if (!columns.has(f) && f != Field.NUMBER) {
        issues.error(
            line.number(),
            line.content(),
            "หัวตารางไม่มีคอลัมน์ \"" + thai(f) + "\" ช่องนี้ของทุกแถวจะว่าง",
            "the table header has no \"" + thai(f) + "\" column; that field of every row is empty");
      }
    }
    return Optional.of(columns);
  }

  private static boolean namesActivity(String cell) {
    return cell.contains("กิจกรรม") || cell.contains("โครงการ");
  }

  private static String upper(String cell) {
    return cell.toUpperCase(Locale.ROOT);
  }

  static String thai(Field f) {
    return switch (f) {
      case NUMBER -> "ลำดับ";
      case ACTIVITY -> "กิจกรรม";
      case METHOD -> "วิธีการสู่ความสำเร็จ";
      case PERIOD -> "ระยะเวลา";
      case INDICATOR -> "ตัวชี้วัด";
      case TARGET -> "เป้าหมาย";
      case RESPONSIBLE -> "ผู้รับผิดชอบ";
      case NOTE -> "หมายเหตุ";
    };
  }
}
