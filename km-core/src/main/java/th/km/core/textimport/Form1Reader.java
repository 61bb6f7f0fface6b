package th.km.core.textimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Form 1 (แบบฟอร์มที่ ๑): one table per division under "ชื่อส่วนราชการ : …", repeated with
 * its header over page breaks, rows numbered across divisions.
 */
final class Form1Reader {

  /** One row of Form 1 as written, before divisions have codes. */
  record Row(
      int number,
      String divisionName,
      int line,
      String activity,
      List<String> objectives,
      List<String> kpis,
      String responsible,
      List<String> knowledge) {}

  private enum Field {
    NUMBER,
    ACTIVITY,
    OBJECTIVES,
    KPIS,
    RESPONSIBLE,
    KNOWLEDGE
  }

  private static final List<Columns.Key<Field>> KEYS =
      List.of(
          new Columns.Key<>(Field.NUMBER, c -> c.equals("ลำดับ") || c.equals("ที่")),
          new Columns.Key<>(
              Field.KNOWLEDGE, c -> c.startsWith("องค์ความรู้") || c.contains("ความรู้ที่จำเป็น")),
          new Columns.Key<>(Field.OBJECTIVES, c -> c.contains("เป้าประสงค์")),
          new Columns.Key<>(Field.KPIS, c -> c.contains("ตัวชี้วัด")),
          new Columns.Key<>(
              Field.RESPONSIBLE, c -> c.contains("ผู้รับผิดชอบ") || c.contains("ระยะเวลา")),
          new Columns.Key<>(Field.ACTIVITY, c -> c.contains("กิจกรรม")));

  private static final List<Field> REQUIRED =
      List.of(Field.ACTIVITY, Field.OBJECTIVES, Field.KPIS, Field.RESPONSIBLE, Field.KNOWLEDGE);
  private static final Pattern DIVISION = Pattern.compile("^ชื่อส่วนราชการ\\s*:?\\s*(.+)$");

  private Form1Reader() {}

  static List<Row> read(List<Region> regions, Issues issues) {
    List<Row> rows = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    Optional<String> division = Optional.empty();
    Optional<Columns<Field>> columns = Optional.empty();
    Optional<Integer> joinedHeader = Optional.empty();
    for (Region region : regions) {
      for (SourceLine line : region.filled()) {
        Matcher d = DIVISION.matcher(line.content());
        if (!line.isTableRow() && d.matches()) {
          division = Optional.of(Text.trim(d.group(1)));
          continue;
        }
        if (TableRows.mayBeHeader(line)
            && line.filledCells().stream().anyMatch(c -> c.contains("กิจกรรม"))) {
          Optional<String> joined = Columns.joinedCell(line, KEYS);
          if (joined.isPresent()) {
            TableRows.joinedHeader(line, joined.get(), issues);
            columns = Optional.empty();
            joinedHeader = Optional.of(line.number());
            continue;
          }
          Columns<Field> header = Columns.read(line, Field.class, KEYS);
          if (header.size() >= 3) {
            columns = Optional.of(header);
            joinedHeader = Optional.empty();
            continue;
          }
        }
        if (!line.isTableRow()) {
          issues.notUnderstood(line, "แบบฟอร์มที่ ๑", "Form 1");
          continue;
        }
        if (joinedHeader.isPresent()) {
          TableRows.rowUnderJoinedHeader(line, joinedHeader.get(), issues);
          continue;
        }
        if (columns.isEmpty()) {
          TableRows.rowWithoutHeader(line, "แบบฟอร์มที่ ๑", "Form 1", issues);
          continue;
        }
        row(line, columns.get(), division, numbers, issues).ifPresent(rows::add);
      }
    }
    return rows;
  }

  private static Optional<Row> row(
      SourceLine line,
      Columns<Field> columns,
      Optional<String> division,
      Set<Integer> numbers,
      Issues issues) {
    if (!TableRows.hasRequiredCells(line, columns, REQUIRED, Form1Reader::thai, issues)) {
      return Optional.empty();
    }
    String activityCell = columns.cell(line, Field.ACTIVITY).orElse("");
    Optional<Integer> number;
    String activity;
    if (columns.has(Field.NUMBER)) {
      number = NumberedItems.parseNumberCell(columns.cell(line, Field.NUMBER).orElse(""));
      activity = activityCell;
    } else {
      Optional<NumberedItems.Numbered> n = NumberedItems.parse(activityCell);
      number = n.map(NumberedItems.Numbered::number);
      activity = n.map(NumberedItems.Numbered::text).orElse(activityCell);
    }
    if (number.isEmpty() || number.get() < 1) {
      TableRows.rowWithoutNumber(line, "แบบฟอร์มที่ ๑", "Form 1", issues);
      return Optional.empty();
    }
    if (activity.isEmpty()) {
      issues.error(
          line.number(),
          line.content(),
          "แถวนี้ไม่มีชื่อกิจกรรม จึงไม่ได้นำเข้า",
          "this row names no activity; it was not imported");
      return Optional.empty();
    }
    if (division.isEmpty()) {
      issues.error(
          line.number(),
          line.content(),
          "แถวนี้ไม่มีบรรทัด \"ชื่อส่วนราชการ\" ก่อนหน้า"
              + " จึงไม่รู้ว่าเป็นของส่วนราชการใดและไม่ได้นำเข้า",
          "no \"ชื่อส่วนราชการ\" line precedes this row, so its division is unknown; it was not"
              + " imported");
      return Optional.empty();
    }
    if (!numbers.add(number.get())) {
      TableRows.duplicateNumber(line, number.get(), "แบบฟอร์มที่ ๑", "Form 1", issues);
      return Optional.empty();
    }
    List<String> extra = columns.unmapped(line);
    if (!extra.isEmpty()) {
      TableRows.extraCells(line, extra, issues);
    }
    return Optional.of(
        new Row(
            number.get(),
            division.get(),
            line.number(),
            activity,
            NumberedItems.split(columns.cell(line, Field.OBJECTIVES).orElse("")),
            NumberedItems.split(columns.cell(line, Field.KPIS).orElse("")),
            columns.cell(line, Field.RESPONSIBLE).orElse(""),
            NumberedItems.split(columns.cell(line, Field.KNOWLEDGE).orElse(""))));
  }

  private static String thai(Field f) {
    return switch (f) {
      case NUMBER -> "ลำดับ";
      case ACTIVITY -> "กิจกรรม";
      case OBJECTIVES -> "เป้าประสงค์";
      case KPIS -> "ตัวชี้วัด";
      case RESPONSIBLE -> "ผู้รับผิดชอบ";
      case KNOWLEDGE -> "องค์ความรู้";
    };
  }
}
