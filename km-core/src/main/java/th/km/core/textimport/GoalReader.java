package th.km.core.textimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.MonthRange;
import th.km.core.calendar.ThaiDates;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;

/**
 * Reads the KM goals (เป้าหมาย KM) and their action-plan tables. A goal's table may run over
 * several pages, each repeating the goal's title and the table header; the pages are merged by goal
 * number, and a repeated title that reads differently is kept as a variant.
 */
final class GoalReader {

  private enum Field {
    NUMBER,
    ACTIVITY,
    METHOD,
    PERIOD,
    INDICATOR,
    TARGET,
    RESPONSIBLE,
    NOTE
  }

  private static final List<Columns.Key<Field>> KEYS =
      List.of(
          new Columns.Key<>(
              Field.NUMBER, c -> c.equals("ลำดับ") || c.equals("ที่") || c.equals("ลำดับที่")),
          new Columns.Key<>(Field.METHOD, c -> c.contains("วิธีการ")),
          new Columns.Key<>(Field.PERIOD, c -> c.contains("ระยะเวลา")),
          new Columns.Key<>(Field.INDICATOR, c -> c.contains("ตัวชี้วัด")),
          new Columns.Key<>(Field.TARGET, c -> c.contains("เป้าหมาย")),
          new Columns.Key<>(Field.RESPONSIBLE, c -> c.contains("ผู้รับผิดชอบ")),
          new Columns.Key<>(Field.NOTE, c -> c.contains("หมายเหตุ")),
          new Columns.Key<>(Field.ACTIVITY, c -> c.contains("กิจกรรม")));

  private static final List<Field> REQUIRED =
      List.of(
          Field.NUMBER,
          Field.ACTIVITY,
          Field.METHOD,
          Field.PERIOD,
          Field.INDICATOR,
          Field.TARGET,
          Field.RESPONSIBLE);

  private static final Pattern OUTCOMES =
      Pattern.compile("^หน่วย[^:\\t]*?รูปธรรม\\s*:?\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern DETAIL_DASH = Pattern.compile("\\s+[-–]\\s+");

  /** A row of an action-plan table as written, before its step is decided. */
  private record Row(
      SourceLine line,
      int number,
      String label,
      List<String> details,
      String method,
      String period,
      String indicator,
      String target,
      String responsible,
      Optional<String> note) {}

  /** A goal gathered from all its pages. */
  private static final class Draft {
    final int number;
    final String title;
    final SourceLine titleLine;
    final List<String> variants = new ArrayList<>();
    List<String> outcomes = List.of();
    Optional<Framework> declared = Optional.empty();
    final Map<Integer, Row> rows = new LinkedHashMap<>();

    Draft(int number, String title, SourceLine titleLine) {
      this.number = number;
      this.title = title;
      this.titleLine = titleLine;
    }
  }

  private GoalReader() {}

  /**
   * Reads every goal region.
   *
   * @param descriptions the plan's own step descriptions, used to place an activity whose label
   *     names no step
   */
  static List<KmGoal> read(
      List<Region> regions, Map<PlanStep, String> descriptions, Issues issues) {
    Map<Integer, Draft> drafts = new LinkedHashMap<>();
    for (Region region : regions) {
      readPage(region, drafts, issues);
    }
    List<KmGoal> goals = new ArrayList<>();
    for (Draft d : drafts.values()) {
      goals.add(build(d, descriptions, issues));
    }
    return goals;
  }

  private static void readPage(Region region, Map<Integer, Draft> drafts, Issues issues) {
    Optional<Framework> declared = region.heading().flatMap(h -> declaredFramework(h.content()));
    Optional<Draft> draft = Optional.empty();
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
          issues.notUnderstood(line, "แผนปฏิบัติการ KM", "KM action plan");
        } else {
          outcomes(draft.get(), line, Text.trim(outcomes.group(1)), issues);
        }
        continue;
      }
      if (!line.isTableRow() && DocumentReader.organizationLine(line.content())) {
        continue;
      }
      if (TableRows.mayBeHeader(line)
          && line.filledCells().stream().anyMatch(c -> c.contains("กิจกรรม"))) {
        Columns<Field> header = Columns.read(line, Field.class, KEYS);
        if (header.size() >= 4) {
          columns = Optional.of(header);
          reportMissingColumns(line, header, issues);
          continue;
        }
      }
      if (!line.isTableRow()) {
        issues.notUnderstood(line, "แผนปฏิบัติการ KM", "KM action plan");
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
        TableRows.rowWithoutHeader(line, "แผนปฏิบัติการ KM", "KM action plan", issues);
        continue;
      }
      Draft d = draft.get();
      row(line, columns.get(), issues)
          .ifPresent(
              r -> {
                Row earlier = d.rows.get(r.number());
                if (earlier == null) {
                  d.rows.put(r.number(), r);
                } else if (sameRow(earlier, r)) {
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
                      line,
                      r.number(),
                      "เป้าหมาย KM ที่ " + d.number,
                      "goal " + d.number + " table",
                      issues);
                }
              });
    }
  }

  private static Optional<Draft> goalLine(
      SourceLine line, Map<Integer, Draft> drafts, Issues issues) {
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
    Draft d = drafts.get(number.get());
    if (d == null) {
      d = new Draft(number.get(), title, line);
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

  private static void outcomes(Draft d, SourceLine line, String text, Issues issues) {
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

  private static void reportMissingColumns(
      SourceLine header, Columns<Field> columns, Issues issues) {
    for (Field f : REQUIRED) {
      if (!columns.has(f) && f != Field.NUMBER) {
        issues.error(
            header.number(),
            header.content(),
            "หัวตารางไม่มีคอลัมน์ \"" + thai(f) + "\" ช่องนี้ของทุกแถวจะว่าง",
            "the table header has no \"" + thai(f) + "\" column; that field of every row is empty");
      }
    }
  }

  private static Optional<Row> row(SourceLine line, Columns<Field> columns, Issues issues) {
    if (!TableRows.hasRequiredCells(line, columns, REQUIRED, GoalReader::thai, issues)) {
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
      TableRows.rowWithoutNumber(line, "แผนปฏิบัติการ KM", "KM action plan", issues);
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
        new Row(
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

  private static boolean sameRow(Row a, Row b) {
    return a.line().cells().equals(b.line().cells());
  }

  private static KmGoal build(Draft d, Map<PlanStep, String> descriptions, Issues issues) {
    Framework framework = framework(d, issues);
    Map<PlanStep, Row> byStep = new HashMap<>();
    KmGoal.Builder goal =
        KmGoal.builder()
            .number(d.number)
            .title(d.title)
            .titleVariants(d.variants)
            .measurableOutcomes(d.outcomes)
            .framework(framework);
    for (Row r : d.rows.values()) {
      Optional<StepMatcher.Match> match =
          StepMatcher.match(framework, r.label(), r.method(), descriptions);
      if (match.isEmpty()) {
        issues.error(
            r.line().number(),
            r.label(),
            "ไม่รู้ว่ากิจกรรมนี้อยู่ในขั้นตอนใดของ" + framework.thaiName() + " จึงไม่ได้นำเข้า",
            "cannot tell which step of the "
                + framework.englishName()
                + " this activity belongs to; it was not imported");
        continue;
      }
      PlanStep step = match.get().step();
      explain(r, match.get(), issues);
      Row earlier = byStep.putIfAbsent(step, r);
      if (earlier != null) {
        issues.warning(
            r.line().number(),
            r.label(),
            "กิจกรรมที่ "
                + earlier.number()
                + " และ "
                + r.number()
                + " ของเป้าหมาย "
                + d.number
                + " อยู่ในขั้นตอนเดียวกัน \""
                + step.thaiName()
                + "\"",
            "activities "
                + earlier.number()
                + " and "
                + r.number()
                + " of goal "
                + d.number
                + " are both filed under step "
                + step.number()
                + " \""
                + step.thaiName()
                + "\"");
      }
      goal.addActivities(activity(r, step, issues));
    }
    return goal.build();
  }

  private static void explain(Row r, StepMatcher.Match m, Issues issues) {
    PlanStep step = m.step();
    String score = String.format(Locale.ROOT, "%.2f", m.score());
    switch (m.how()) {
      case NAME -> {}
      case SIMILAR_NAME ->
          issues.info(
              r.line().number(),
              r.label(),
              "ชื่อกิจกรรม \""
                  + r.label()
                  + "\" ไม่ตรงกับชื่อขั้นตอนใด แต่คล้าย \""
                  + step.thaiName()
                  + "\" (ความคล้าย "
                  + score
                  + ") จึงจัดไว้ในขั้นตอนที่ "
                  + step.number(),
              "activity \""
                  + r.label()
                  + "\" names no step exactly but is spelt like \""
                  + step.thaiName()
                  + "\" (similarity "
                  + score
                  + "); filed under step "
                  + step.number());
      case SIMILAR_DESCRIPTION ->
          issues.info(
              r.line().number(),
              r.label(),
              "ชื่อกิจกรรม \""
                  + r.label()
                  + "\" ไม่ใช่ชื่อขั้นตอนใด ชื่อและวิธีการคล้ายคำอธิบายของ \""
                  + step.thaiName()
                  + "\" มากที่สุด (ความคล้าย "
                  + score
                  + ") จึงจัดไว้ในขั้นตอนนั้น",
              "activity \""
                  + r.label()
                  + "\" names no step; its name and method resemble the"
                  + " description of \""
                  + step.thaiName()
                  + "\" most (similarity "
                  + score
                  + "), so it was filed under step "
                  + step.number());
    }
  }

  private static PlanActivity activity(Row r, PlanStep step, Issues issues) {
    Optional<MonthRange> months = ThaiDates.parseMonthRange(r.period());
    if (months.isEmpty()) {
      issues.warning(
          r.line().number(),
          r.period().isEmpty() ? r.line().content() : r.period(),
          "อ่านระยะเวลา \"" + r.period() + "\" เป็นช่วงเดือนไม่ได้ เก็บไว้ตามต้นฉบับ",
          "the period \""
              + r.period()
              + "\" cannot be read as a range of months; it was kept as"
              + " written");
    }
    return PlanActivity.builder()
        .number(r.number())
        .name(r.label())
        .details(r.details())
        .step(step)
        .method(r.method())
        .period(new ActivityPeriod(r.period(), months))
        .indicator(r.indicator())
        .target(r.target())
        .responsible(r.responsible())
        .note(r.note())
        .sourceLine(r.line().number())
        .build();
  }

  /**
   * The framework a goal's activities follow, decided from their labels: the headers of plans say
   * "KM Process" even over change-management tables. A tie goes to what the header says.
   */
  private static Framework framework(Draft d, Issues issues) {
    int km = 0;
    int change = 0;
    for (Row r : d.rows.values()) {
      km += StepMatcher.byName(Framework.KM_PROCESS, r.label()).isPresent() ? 1 : 0;
      change += StepMatcher.byName(Framework.CHANGE_MANAGEMENT, r.label()).isPresent() ? 1 : 0;
    }
    Framework decided =
        km == change
            ? d.declared.orElse(Framework.KM_PROCESS)
            : km > change ? Framework.KM_PROCESS : Framework.CHANGE_MANAGEMENT;
    if (d.declared.isPresent() && d.declared.get() != decided) {
      issues.info(
          d.titleLine.number(),
          d.title,
          "หัวตารางของเป้าหมาย KM ที่ "
              + d.number
              + " เขียนว่า "
              + d.declared.get().englishName()
              + " แต่ชื่อกิจกรรมเป็น"
              + decided.thaiName()
              + " จึงใช้"
              + decided.thaiName(),
          "the table of KM goal "
              + d.number
              + " is headed "
              + d.declared.get().englishName()
              + " but its activities are named after the "
              + decided.englishName()
              + "; the goal was filed under the "
              + decided.englishName());
    }
    return decided;
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

  private static String thai(Field f) {
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
