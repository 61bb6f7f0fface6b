package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.plan.Framework;
import th.km.core.textimport.ActionColumns.Field;

/**
 * Reads the pages of the action plan into {@link GoalDraft}s: the goal line ("เป้าหมาย KM : ๑.
 * …"), its measurable outcomes, the table header and the rows under it. A goal whose table runs
 * over several pages, each repeating the title and header, is merged by the goal's number.
 */
final class GoalPages {

  private static final Pattern OUTCOMES =
      Pattern.compile("^หน่วย[^:\\t]*?รูปธรรม\\s*:?\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern DETAIL_DASH = Pattern.compile("\\s+[-–]\\s+");
  private static final String TABLE_TH = "แผนปฏิบัติการ KM";
  private static final String TABLE_EN = "KM action plan";

  private GoalPages() {}

  static void readPage(Region region, Map<Integer, GoalDraft> drafts, Issues issues) {
    Optional<Framework> declared = region.heading().flatMap(h -> declaredFramework(h.content()));
    Optional<GoalDraft> draft = Optional.empty();
    Optional<Columns<Field>> columns = Optional.empty();
    for (SourceLine line : region.allLines()) {
      boolean isHeading = region.heading().map(h -> h.number() == line.number()).orElse(false);
      if (line.isBlank() || (isHeading && !Headings.isGoalLine(line))) {
        continue;
      }
      if (Headings.isGoalLine(line)) {
        draft = goalLine(line, drafts, issues);
        draft.ifPresent(
            d -> declared.ifPresent(f -> d.declared = d.declared.or(() -> Optional.of(f))));
        continue;
      }
      Matcher outcomes = OUTCOMES.matcher(line.content());
      if (!line.isTableRow() && outcomes.matches()) {
        if (draft.isEmpty()) {
          issues.notUnderstood(line, TABLE_TH, TABLE_EN);
        } else {
          outcomes(draft.get(), line, Text.trim(outcomes.group(1)), issues);
        }
        continue;
      }
      if (!line.isTableRow() && DocumentReader.organizationLine(line.content())) {
        continue;
      }
      Optional<Columns<Field>> header = ActionColumns.header(line, issues);
      if (header.isPresent()) {
        columns = header;
        continue;
      }
      if (!line.isTableRow()) {
        issues.notUnderstood(line, TABLE_TH, TABLE_EN);
        continue;
      }
      if (draft.isEmpty()) {
        issues.error(
            line.number(),
            line.content(),
            "แถวนี้ไม่มีบรรทัด \"เป้าหมาย KM\" ที่มีเลขข้อก่อนหน้า"
                + " จึงไม่รู้ว่าเป็นของเป้าหมายใดและไม่ได้นำเข้า",
            "no numbered \"เป้าหมาย KM\" line precedes this row, so its goal is unknown; it was not"
                + " imported");
        continue;
      }
      if (columns.isEmpty()) {
        TableRows.rowWithoutHeader(line, TABLE_TH, TABLE_EN, issues);
        continue;
      }
      GoalDraft d = draft.get();
      row(line, columns.get(), issues).ifPresent(r -> add(d, r, line, issues));
    }
  }

  private static void add(GoalDraft d, ActionRow r, SourceLine line, Issues issues) {
    ActionRow earlier = d.rows.get(r.number());
    if (earlier == null) {
      d.rows.put(r.number(), r);
    } else if (earlier.line().cells().equals(r.line().cells())) {
      issues.info(
          line.number(),
          line.content(),
          "แถวที่ "
              + r.number()
              + " ของเป้าหมาย "
              + d.number
              + " ซ้ำกับบรรทัด "
              + earlier.line().number()
              + " ทุกช่อง จึงนับครั้งเดียว",
          "row "
              + r.number()
              + " of goal "
              + d.number
              + " repeats line "
              + earlier.line().number()
              + " exactly; it was counted once");
    } else {
      TableRows.duplicateNumber(
          line, r.number(), "เป้าหมาย KM ที่ " + d.number, "goal " + d.number + " table", issues);
    }
  }

  private static Optional<GoalDraft> goalLine(
      SourceLine line, Map<Integer, GoalDraft> drafts, Issues issues) {
    Matcher m = Headings.GOAL_LINE.matcher(line.content());
    Optional<Integer> number =
        m.matches() ? NumberedItems.parseNumberCell(m.group(1)) : Optional.empty();
    String title = m.matches() ? Text.trim(m.group(2)) : "";
    if (number.isEmpty() || number.get() < 1 || title.isEmpty()) {
      issues.error(
          line.number(),
          line.content(),
          "บรรทัดเป้าหมาย KM ไม่มีเลขข้อหรือชื่อเป้าหมาย แถวของตารางที่ตามมาจึงไม่ได้นำเข้า",
          "the KM goal line has no number or no title; the table rows under it were not imported");
      return Optional.empty();
    }
    GoalDraft d = drafts.get(number.get());
    if (d == null) {
      d = new GoalDraft(number.get(), title, line);
      drafts.put(number.get(), d);
    } else if (!d.title.equals(title) && !d.variants.contains(title)) {
      d.variants.add(title);
      issues.warning(
          line.number(),
          title,
          "ชื่อเป้าหมาย KM ที่ "
              + d.number
              + " ในหน้าต่อนี้ต่างจากบรรทัด "
              + d.titleLine.number()
              + " เก็บไว้เป็นชื่อแบบอื่น",
          "the title of KM goal "
              + d.number
              + " on this continued page differs from line "
              + d.titleLine.number()
              + "; it was kept as a variant");
    }
    return Optional.of(d);
  }

  private static void outcomes(GoalDraft d, SourceLine line, String text, Issues issues) {
    List<String> items = NumberedItems.split(text);
    if (d.outcomes.isEmpty()) {
      d.outcomes = items;
    } else if (!d.outcomes.equals(items)) {
      issues.warning(
          line.number(),
          text,
          "ผลที่วัดได้ของเป้าหมาย KM ที่ " + d.number + " ในหน้าต่อนี้ต่างจากหน้าแรก ใช้ของหน้าแรก",
          "the measurable outcomes of KM goal "
              + d.number
              + " on this continued page differ from the first page's; the first page's are kept");
    }
  }

  private static Optional<ActionRow> row(SourceLine line, Columns<Field> columns, Issues issues) {
    if (!TableRows.hasRequiredCells(
        line, columns, ActionColumns.REQUIRED, ActionColumns::thai, issues)) {
      return Optional.empty();
    }
    String activity = columns.cell(line, Field.ACTIVITY).orElse("");
    Optional<Integer> number;
    if (columns.has(Field.NUMBER)) {
      number = NumberedItems.parseNumberCell(columns.cell(line, Field.NUMBER).orElse(""));
    } else {
      Optional<NumberedItems.Numbered> n = NumberedItems.parse(activity);
      number = n.map(NumberedItems.Numbered::number);
      activity = n.map(NumberedItems.Numbered::text).orElse(activity);
    }
    if (number.isEmpty() || number.get() < 1) {
      TableRows.rowWithoutNumber(line, TABLE_TH, TABLE_EN, issues);
      return Optional.empty();
    }
    String[] parts = DETAIL_DASH.split(activity);
    String label = Text.trim(parts[0]);
    if (label.isEmpty()) {
      issues.error(
          line.number(),
          line.content(),
          "แถวนี้ไม่มีชื่อกิจกรรม จึงไม่ได้นำเข้า",
          "this row names no activity; it was not imported");
      return Optional.empty();
    }
    List<String> details = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      if (!Text.trim(parts[i]).isEmpty()) {
        details.add(Text.trim(parts[i]));
      }
    }
    List<String> extra = columns.unmapped(line);
    if (!extra.isEmpty()) {
      TableRows.extraCells(line, extra, issues);
    }
    String note = columns.cell(line, Field.NOTE).orElse("");
    return Optional.of(
        new ActionRow(
            line,
            number.get(),
            label,
            details,
            columns.cell(line, Field.METHOD).orElse(""),
            columns.cell(line, Field.PERIOD).orElse(""),
            columns.cell(line, Field.INDICATOR).orElse(""),
            columns.cell(line, Field.TARGET).orElse(""),
            columns.cell(line, Field.RESPONSIBLE).orElse(""),
            note.isEmpty() ? Optional.empty() : Optional.of(note)));
  }

  /** The framework a table heading names ("… (KM Process)", "… (Change Management)"), if any. */
  private static Optional<Framework> declaredFramework(String heading) {
    String h = heading.toUpperCase(Locale.ROOT);
    if (h.contains("CHANGE MANAGEMENT") || heading.contains("การเปลี่ยนแปลง")) {
      return Optional.of(Framework.CHANGE_MANAGEMENT);
    }
    if (h.contains("KM PROCESS") || heading.contains("กระบวนการจัดการความรู้")) {
      return Optional.of(Framework.KM_PROCESS);
    }
    return Optional.empty();
  }
}
