package th.km.core.textimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Announcement;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanStep;
import th.km.core.plan.Position;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;
import th.km.core.textimport.Region.Kind;

/**
 * Imports a KM plan written as text the way Thai local governments write it (the announcement,
 * committee lists, tab-separated tables repeated over page breaks, Thai or Arabic digits) into the
 * canonical {@link KmPlan}.
 *
 * <p>Nothing here knows one organization's names, numbers or divisions: sections are found by their
 * headings' words, table columns by their headers' words, KM steps by their names. What the
 * importer cannot map it reports as an {@link ImportIssue} with its line; it never invents data.
 */
public final class PlanTextImporter {

  private final List<SourceLine> lines;
  private final List<Region> regions;
  private final ImportOptions options;
  private final Issues issues = new Issues();
  private final Narrative narrative = new Narrative();
  private final Map<Integer, String> sections = new HashMap<>();

  private PlanTextImporter(String text, ImportOptions options) {
    this.lines = SourceLine.split(text);
    this.regions = Headings.split(lines);
    this.options = options;
    for (Region r : regions) {
      String label = sectionLabel(r);
      r.allLines().forEach(l -> sections.put(l.number(), label));
    }
  }

  /**
   * Reads a plan.
   *
   * @param text the whole document as text, lines ending in any convention
   * @param options overrides for what the document may not say
   * @return the plan, empty only when no organization or no fiscal year can be found, and the
   *     issues in line order
   */
  public static ImportResult importText(String text, ImportOptions options) {
    return new PlanTextImporter(text, options).run();
  }

  private ImportResult run() {
    Optional<DocumentReader.Named> named = DocumentReader.organization(regions, lines);
    if (named.isEmpty()) {
      issues.error(
          1,
          firstText(),
          "ไม่พบชื่อองค์กรปกครองส่วนท้องถิ่น (เช่น \"ประกาศเทศบาลตำบล…\") จึงนำเข้าแผนไม่ได้",
          "no local government is named (such as \"ประกาศเทศบาลตำบล…\"); the plan cannot be"
              + " imported");
      return new ImportResult(Optional.empty(), issues.sorted());
    }
    OrganizationReader about = new OrganizationReader(lines, regions, issues);
    Optional<Integer> fiscalYear = about.fiscalYear();
    if (fiscalYear.isEmpty()) {
      issues.error(
          1,
          firstText(),
          "ไม่พบปีงบประมาณ (\"ประจำปีงบประมาณ พ.ศ. …\") จึงนำเข้าแผนไม่ได้",
          "no fiscal year is named (\"ประจำปีงบประมาณ พ.ศ. …\"); the plan cannot be imported");
      return new ImportResult(Optional.empty(), issues.sorted());
    }
    KmPlan.Builder plan =
        KmPlan.builder()
            .organization(about.organization(named.get(), options))
            .fiscalYear(FiscalYear.ofBuddhistYear(fiscalYear.get()));

    Optional<Announcement> announcement = Optional.empty();
    Optional<String> title = Optional.empty();
    Optional<String> preparedBy = Optional.empty();
    Map<PlanStep, StepDescription> steps = new LinkedHashMap<>();
    GuidanceReader.Rules rules = new GuidanceReader.Rules();
    Map<Kind, List<Region>> tables = new EnumMap<>(Kind.class);
    List<Committee> committees = new ArrayList<>();
    Map<Integer, List<String>> divisionNames = new LinkedHashMap<>();
    List<String> positionTitles = new ArrayList<>();

    for (Region region : regions) {
      switch (region.kind()) {
        case LEADING ->
            region
                .filled()
                .forEach(l -> issues.notUnderstood(l, "ส่วนต้นของเอกสาร", "start of the document"));
        case ANNOUNCEMENT -> {
          if (announcement.isEmpty()) {
            announcement = AnnouncementReader.read(region, issues, narrative);
            announcement.flatMap(Announcement::signerPosition).ifPresent(positionTitles::add);
          } else {
            repeated(region);
          }
        }
        case COVER -> {
          if (title.isEmpty()) {
            title = Optional.of(region.headingText());
            preparedBy = cover(region);
          } else {
            repeated(region);
          }
        }
        case PREFACE, CONTENTS ->
            narrative.add(
                region.firstLine(),
                region.headingText(),
                region.filled().stream().map(SourceLine::content).toList());
        case NARRATIVE -> narrative.readProse(region, issues);
        case KM_COMMITTEE, MONITORING_COMMITTEE -> {
          Optional<CommitteeReader.Read> read =
              region.kind() == Kind.KM_COMMITTEE
                  ? CommitteeReader.readKm(region, issues, narrative)
                  : CommitteeReader.readMonitoring(region, issues, narrative);
          if (read.isPresent()) {
            Committee c = read.get().committee();
            if (committees.stream().anyMatch(k -> k.kind() == c.kind())) {
              repeated(region);
              continue;
            }
            committees.add(c);
            List<String> headed = new ArrayList<>();
            for (CommitteeMember m : c.members()) {
              m.position().ifPresent(positionTitles::add);
              m.position().flatMap(DivisionNames::headedBy).ifPresent(headed::add);
            }
            divisionNames.put(region.firstLine(), headed);
            read.get()
                .remitLine()
                .filter(l -> GuidanceReader.namesFrequency(l.content()))
                .ifPresent(l -> rules.add(l, l.content(), issues));
          }
        }
        case KM_PROCESS ->
            GuidanceReader.readSteps(region, Framework.KM_PROCESS, steps, issues, narrative);
        case CHANGE_MANAGEMENT ->
            GuidanceReader.readSteps(region, Framework.CHANGE_MANAGEMENT, steps, issues, narrative);
        case TOOLS -> plan.addAllTools(GuidanceReader.readTools(region, issues, narrative));
        case MONITORING_GUIDANCE -> rules.readGuidance(region, issues, narrative);
        case OTHER_FORM -> otherForm(region);
        case FORM1, SCOPES, GOAL ->
            tables.computeIfAbsent(region.kind(), k -> new ArrayList<>()).add(region);
      }
    }
    if (announcement.isEmpty()) {
      issues.warning(
          firstLineNumber(),
          firstText(),
          "เอกสารไม่มีประกาศ (\"ประกาศ" + named.get().type().thaiName() + "…\")",
          "the document has no announcement (\"ประกาศ" + named.get().type().thaiName() + "…\")");
    }

    List<Form1Reader.Row> form1 =
        Form1Reader.read(tables.getOrDefault(Kind.FORM1, List.of()), issues);
    for (Form1Reader.Row row : form1) {
      divisionNames.computeIfAbsent(row.line(), k -> new ArrayList<>()).add(row.divisionName());
    }
    List<Division> divisions = PlanDivisions.divisions(divisionNames);
    plan.divisions(divisions);
    plan.positions(PlanDivisions.positions(positionTitles, divisions));
    for (Form1Reader.Row row : form1) {
      plan.addForm1(
          StrategicKnowledgeNeed.builder()
              .number(row.number())
              .divisionName(row.divisionName())
              .division(PlanDivisions.codeOf(row.divisionName(), divisions))
              .activity(row.activity())
              .objectives(row.objectives())
              .kpis(row.kpis())
              .responsible(row.responsible())
              .requiredKnowledge(row.knowledge())
              .build());
    }
    plan.scopes(ScopeReader.read(tables.getOrDefault(Kind.SCOPES, List.of()), issues));
    Map<PlanStep, String> descriptions = new LinkedHashMap<>();
    steps.forEach((step, d) -> descriptions.put(step, d.text()));
    FiscalYear year = FiscalYear.ofBuddhistYear(fiscalYear.get());
    List<KmGoal> goals =
        GoalReader.read(tables.getOrDefault(Kind.GOAL, List.of()), descriptions, year, issues);
    plan.goals(goals);
    noActionPlan(goals);

    plan.title(planTitle(title, announcement))
        .preparedBy(preparedBy)
        .announcement(announcement)
        .committees(committees)
        .stepDescriptions(
            steps.values().stream()
                .sorted(
                    Comparator.comparing((StepDescription d) -> d.step().framework())
                        .thenComparingInt(d -> d.step().number()))
                .toList())
        .monitoringRules(rules.all())
        .nameMentions(
            DocumentReader.mentions(lines, named.get().type(), named.get().name(), this::section))
        .citations(DocumentReader.citations(lines, this::section))
        .narrative(narrative.inOrder());
    return new ImportResult(Optional.of(plan.build()), issues.sorted());
  }

  /**
   * A plan without goals or activities is not a plan km can follow: whatever the importer read,
   * that is an error, so that an extraction that lost the tables never passes as imported.
   */
  private void noActionPlan(List<KmGoal> goals) {
    if (goals.isEmpty()) {
      issues.error(
          firstLineNumber(),
          firstText(),
          "ไม่พบเป้าหมาย KM (\"เป้าหมาย KM : ๑. …\") แผนนี้จึงไม่มีแผนปฏิบัติการ"
              + " ตรวจว่าตารางแผนปฏิบัติการอ่านได้ (คั่นช่องด้วย Tab)",
          "no KM goal (\"เป้าหมาย KM : ๑. …\") was found, so the plan has no action plan; check"
              + " that the action-plan tables are readable (cells separated by tabs)");
    } else if (goals.stream().allMatch(g -> g.activities().isEmpty())) {
      issues.error(
          firstLineNumber(),
          goals.getFirst().title(),
          "เป้าหมาย KM ทั้ง "
              + goals.size()
              + " ข้อไม่มีกิจกรรมที่อ่านได้ ตรวจว่าตารางแผนปฏิบัติการมีหัวตารางและคั่นช่องด้วย Tab",
          "none of the "
              + goals.size()
              + " KM goals has an activity that could be read; check that the action-plan tables"
              + " have their header and cells separated by tabs");
    }
  }

  private String planTitle(Optional<String> cover, Optional<Announcement> announcement) {
    if (cover.isPresent()) {
      return cover.get();
    }
    if (announcement.isPresent()) {
      issues.info(
          1,
          announcement.get().subject(),
          "เอกสารไม่มีหน้าปกที่มีชื่อแผน จึงใช้เรื่องของประกาศเป็นชื่อแผน",
          "the document has no cover title; the announcement's subject is used as the title");
      return announcement.get().subject();
    }
    SourceLine line =
        lines.stream()
            .filter(l -> DocumentReader.fiscalYearIn(l.content()).isPresent())
            .findFirst()
            .orElseThrow();
    issues.info(
        line.number(),
        line.content(),
        "เอกสารไม่มีหน้าปกที่มีชื่อแผน จึงใช้บรรทัดแรกที่ระบุปีงบประมาณเป็นชื่อแผน",
        "the document has no cover title; the first line naming the fiscal year is used as the"
            + " title");
    return line.filledCells().getFirst();
  }

  /** Who prepared the plan, from the cover; the cover's organization lines are mentions only. */
  private Optional<String> cover(Region region) {
    Optional<String> preparedBy = Optional.empty();
    for (SourceLine line : region.filled()) {
      String c = line.content();
      if (DocumentReader.organizationLine(c)
          || DocumentReader.englishName(List.of(line)).isPresent()) {
        continue;
      }
      boolean unit =
          c.startsWith("งาน")
              || c.startsWith("สำนัก")
              || c.startsWith("กอง")
              || c.startsWith("ฝ่าย")
              || c.startsWith("ส่วน");
      if (preparedBy.isEmpty() && unit) {
        preparedBy = Optional.of(c);
      } else {
        issues.notUnderstood(line, "หน้าปก", "cover");
      }
    }
    return preparedBy;
  }

  private void repeated(Region region) {
    issues.warning(
        region.firstLine(),
        region.headingText(),
        "ส่วน \"" + region.kind().thaiName() + "\" ซ้ำ เก็บส่วนนี้ไว้เป็นเนื้อความเท่านั้น",
        "a second " + region.kind().englishName() + " section; it was kept as narrative text only");
    narrative.add(
        region.firstLine(),
        region.headingText(),
        region.filled().stream().map(SourceLine::content).toList());
  }

  private void otherForm(Region region) {
    int last = region.allLines().getLast().number();
    issues.warning(
        region.firstLine(),
        region.headingText(),
        "แผนไม่มีที่เก็บแบบฟอร์มนี้ บรรทัด " + region.firstLine() + "–" + last + " จึงไม่ได้นำเข้า",
        "the plan model has no place for this form; lines "
            + region.firstLine()
            + "–"
            + last
            + " were not imported");
  }

  private String section(int line) {
    return sections.getOrDefault(line, "document");
  }

  private static String sectionLabel(Region r) {
    if (r.kind() == Kind.GOAL) {
      for (SourceLine l : r.allLines()) {
        Optional<Integer> n = Headings.goalNumber(l);
        if (n.isPresent()) {
          return "goal " + n.get();
        }
      }
    }
    return r.kind().englishName().toLowerCase(Locale.ROOT);
  }

  private int firstLineNumber() {
    return lines.stream().filter(l -> !l.isBlank()).findFirst().map(SourceLine::number).orElse(1);
  }

  private String firstText() {
    return lines.stream().filter(l -> !l.isBlank()).findFirst().map(SourceLine::content).orElse("");
  }
}
