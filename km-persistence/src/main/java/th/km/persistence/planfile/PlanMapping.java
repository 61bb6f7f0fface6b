package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.MonthRange;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Announcement;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.Framework;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.PlanStep;
import th.km.core.plan.ProvinceCode;
import th.km.core.plan.Position;
import th.km.core.plan.RoleDuties;
import th.km.core.plan.SourceLocation;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * The mapping between the plan's types and the JSON of the plan file: one {@code writeX} and one
 * {@code readX} per type, side by side, in the order the file holds them. Adding a field to a type
 * is one line in each method of its pair (and a line in docs/plan-format.md and the schema).
 */
final class PlanMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /** Years from here on are Buddhist-era years written where the Christian-era year belongs. */
  private static final int FIRST_BUDDHIST_LOOKING_YEAR = 2400;

  private static final String CODE_TH =
      "รหัสยาว 1-40 ตัวจากอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง" + " (ไม่ขึ้นต้นหรือลงท้ายด้วยขีด)";
  private static final String CODE_EN =
      "a code of 1-40 lower-case Latin letters, digits and inner dashes";
  private static final String PROVINCE_CODE_TH = "รหัสจังหวัดสองหลัก เช่น 50 (เชียงใหม่)";
  private static final String PROVINCE_CODE_EN = "a two-digit province code such as 50 (Chiang Mai)";
  private static final String DATE_TH =
      "วันที่ที่มีอยู่จริงแบบ ISO-8601 ปี ค.ศ.-เดือน-วัน เช่น 2026-03-15 (ไม่ใช่ปี พ.ศ.)";
  private static final String DATE_EN =
      "an existing date in ISO-8601 form, Christian-era year-month-day such as 2026-03-15"
          + " (not the Buddhist-era year)";
  private static final String MONTH_TH =
      "เดือนแบบ ISO-8601 ปี ค.ศ.-เดือน เช่น 2025-10 (ไม่ใช่ปี พ.ศ.)";
  private static final String MONTH_EN =
      "a month in ISO-8601 form, Christian-era year-month such as 2025-10"
          + " (not the Buddhist-era year)";

  /** The values of a monitoring rule's "type", each naming one kind of {@link MonitoringRule}. */
  private static final String RULE_TYPES =
      "trainingReport, knowledgeDocument, supervisorReview, evaluationReport, other";

  private PlanMapping() {}

  // The plan (แผนการจัดการความรู้)

  static ObjectNode writePlan(KmPlan plan) {
    ObjectNode o = JSON.objectNode();
    o.put("format", PlanJson.FORMAT);
    o.put("formatVersion", PlanJson.FORMAT_VERSION);
    o.set("organization", writeOrganization(plan.organization()));
    o.put("fiscalYear", plan.fiscalYear().buddhistYear());
    o.put("title", plan.title());
    putOptional(o, "preparedBy", plan.preparedBy());
    plan.announcement().ifPresent(a -> o.set("announcement", writeAnnouncement(a)));
    o.set("divisions", array(plan.divisions(), PlanMapping::writeDivision));
    o.set("positions", array(plan.positions(), PlanMapping::writePosition));
    o.set("committees", array(plan.committees(), PlanMapping::writeCommittee));
    o.set("stepDescriptions", array(plan.stepDescriptions(), PlanMapping::writeStepDescription));
    o.set("tools", array(plan.tools(), PlanMapping::writeTool));
    o.set("monitoringRules", array(plan.monitoringRules(), PlanMapping::writeMonitoringRule));
    o.set(
        "monitoringIndicators",
        array(plan.monitoringIndicators(), IndicatorMapping::writeMonitoringIndicator));
    o.set("form1", array(plan.form1(), PlanMapping::writeKnowledgeNeed));
    o.set("scopes", array(plan.scopes(), PlanMapping::writeScope));
    o.set("goals", array(plan.goals(), PlanMapping::writeGoal));
    o.set("nameMentions", array(plan.nameMentions(), PlanMapping::writeNameMention));
    o.set("citations", array(plan.citations(), PlanMapping::writeCitation));
    o.set("narrative", array(plan.narrative(), PlanMapping::writeNarrative));
    return o;
  }

  static KmPlan readPlan(JsonIn in) {
    readFormat(in);
    KmPlan.Builder plan =
        KmPlan.builder()
            .organization(in.object("organization", PlanMapping::readOrganization))
            .fiscalYear(in.integer("fiscalYear", FiscalYear::ofBuddhistYear))
            .title(in.text("title"))
            .preparedBy(in.optionalText("preparedBy"))
            .announcement(in.optionalObject("announcement", PlanMapping::readAnnouncement));
    List<Division> divisions = in.objects("divisions", PlanMapping::readDivision);
    List<Position> positions = in.objects("positions", PlanMapping::readPosition);
    List<Committee> committees = in.objects("committees", PlanMapping::readCommittee);
    plan.stepDescriptions(in.objects("stepDescriptions", PlanMapping::readStepDescription))
        .tools(in.objects("tools", PlanMapping::readTool));
    List<MonitoringRule> rules = in.objects("monitoringRules", PlanMapping::readMonitoringRule);
    List<MonitoringIndicator> monitoringIndicators =
        in.objects("monitoringIndicators", IndicatorMapping::readMonitoringIndicator);
    List<StrategicKnowledgeNeed> form1 = in.objects("form1", PlanMapping::readKnowledgeNeed);
    List<KmScope> scopes = in.objects("scopes", PlanMapping::readScope);
    List<KmGoal> goals = in.objects("goals", PlanMapping::readGoal);
    plan.nameMentions(in.objects("nameMentions", PlanMapping::readNameMention))
        .citations(in.objects("citations", PlanMapping::readCitation))
        .narrative(in.objects("narrative", PlanMapping::readNarrative));

    // The plan's own checks would catch these too, but without saying where in the file.
    in.requireUnique(
        "divisions", divisions, "code", Division::code, "รหัสส่วนราชการ", "division code");
    in.requireUnique(
        "divisions", divisions, "name", Division::name, "ชื่อส่วนราชการ", "division name");
    in.requireUnique(
        "committees", committees, "kind", Committee::kind, "ชนิดคณะกรรมการ", "committee kind");
    in.requireUnique(
        "monitoringRules", rules, null, MonitoringRule::key, "กฎการติดตามผล", "monitoring rule");
    in.requireUnique(
        "form1",
        form1,
        "number",
        StrategicKnowledgeNeed::number,
        "ลำดับแถวแบบฟอร์มที่ ๑",
        "Form 1 row number");
    in.requireUnique("scopes", scopes, "number", KmScope::number, "ลำดับขอบเขต KM", "scope number");
    in.requireUnique("goals", goals, "number", KmGoal::number, "ลำดับเป้าหมาย KM", "goal number");
    Set<DivisionCode> listed = divisions.stream().map(Division::code).collect(Collectors.toSet());
    for (int i = 0; i < positions.size(); i++) {
      requireListed(in, positions.get(i).division(), listed, in.path("positions").index(i));
    }
    for (int i = 0; i < form1.size(); i++) {
      requireListed(in, form1.get(i).division(), listed, in.path("form1").index(i));
    }
    IndicatorChecks.check(in, rules, monitoringIndicators, goals, listed);

    return plan.divisions(divisions)
        .positions(positions)
        .committees(committees)
        .monitoringRules(rules)
        .monitoringIndicators(monitoringIndicators)
        .form1(form1)
        .scopes(scopes)
        .goals(goals)
        .build();
  }

  /** The format marker and version come first, so that a file of another kind is named as such. */
  private static void readFormat(JsonIn in) {
    String marker = "\"format\": \"" + PlanJson.FORMAT + "\"";
    Optional<String> format = in.optionalText("format");
    if (format.isEmpty()) {
      throw in.error(
          in.path("format"),
          "ไม่ใช่ไฟล์แผน km: ไม่มี " + marker,
          "not a km plan file: it has no " + marker);
    }
    if (!format.get().equals(PlanJson.FORMAT)) {
      String found = "\"" + format.get() + "\"";
      throw in.error(
          in.path("format"),
          "ไม่ใช่ไฟล์แผน km: ต้องมี " + marker + " แต่พบ " + found,
          "not a km plan file: it needs " + marker + ", found " + found);
    }
    int version = in.integer("formatVersion");
    if (version != PlanJson.FORMAT_VERSION) {
      boolean newer = version > PlanJson.FORMAT_VERSION;
      String newerTh = newer ? " (ไฟล์นี้บันทึกด้วย km รุ่นที่ใหม่กว่า)" : "";
      String newerEn = newer ? " (the file was written by a newer km)" : "";
      throw in.error(
          in.path("formatVersion"),
          "อ่านรูปแบบรุ่น "
              + version
              + " ไม่ได้ อ่านได้เฉพาะรุ่น "
              + PlanJson.FORMAT_VERSION
              + newerTh,
          "cannot read format version " + version + ", only " + PlanJson.FORMAT_VERSION + newerEn);
    }
  }

  private static void requireListed(
      JsonIn in, Optional<DivisionCode> division, Set<DivisionCode> listed, FieldPath item) {
    if (division.isPresent() && !listed.contains(division.get())) {
      throw in.error(
          item.field("division"),
          "ส่วนราชการ '" + division.get() + "' ไม่อยู่ในรายการ divisions ของแผน",
          "division '" + division.get() + "' is not among the plan's divisions");
    }
  }

  // Organization (องค์กรปกครองส่วนท้องถิ่น)

  static ObjectNode writeOrganization(Organization organization) {
    ObjectNode o = JSON.objectNode();
    o.put("code", organization.code().value());
    o.put("type", organization.type().name());
    o.put("name", organization.name());
    putOptional(o, "englishName", organization.englishName());
    putOptional(o, "district", organization.district());
    putOptional(o, "province", organization.province());
    putOptional(o, "provinceCode", organization.provinceCode().map(ProvinceCode::value));
    return o;
  }

  static Organization readOrganization(JsonIn in) {
    return Organization.builder()
        .code(in.text("code", OrganizationCode::of, CODE_TH, CODE_EN))
        .type(in.constant("type", OrganizationType.class))
        .name(in.text("name"))
        .englishName(in.optionalText("englishName"))
        .district(in.optionalText("district"))
        .province(in.optionalText("province"))
        .provinceCode(
            in.optionalText("provinceCode", ProvinceCode::of, PROVINCE_CODE_TH, PROVINCE_CODE_EN))
        .build();
  }

  // Announcement (ประกาศ)

  static ObjectNode writeAnnouncement(Announcement announcement) {
    ObjectNode o = JSON.objectNode();
    o.put("heading", announcement.heading());
    o.put("subject", announcement.subject());
    o.set("paragraphs", texts(announcement.paragraphs()));
    o.put("dateText", announcement.dateText());
    announcement.date().ifPresent(d -> o.put("date", d.toString()));
    putOptional(o, "signerName", announcement.signerName());
    putOptional(o, "signerPosition", announcement.signerPosition());
    return o;
  }

  static Announcement readAnnouncement(JsonIn in) {
    return Announcement.builder()
        .heading(in.text("heading"))
        .subject(in.text("subject"))
        .paragraphs(in.texts("paragraphs"))
        .dateText(in.text("dateText"))
        .date(in.optionalText("date", PlanMapping::date, DATE_TH, DATE_EN))
        .signerName(in.optionalText("signerName"))
        .signerPosition(in.optionalText("signerPosition"))
        .build();
  }

  // Division (ส่วนราชการ) and position (ตำแหน่ง)

  static ObjectNode writeDivision(Division division) {
    ObjectNode o = JSON.objectNode();
    o.put("code", division.code().value());
    o.put("name", division.name());
    return o;
  }

  static Division readDivision(JsonIn in) {
    return new Division(in.text("code", DivisionCode::of, CODE_TH, CODE_EN), in.text("name"));
  }

  static ObjectNode writePosition(Position position) {
    ObjectNode o = JSON.objectNode();
    o.put("title", position.title());
    position.division().ifPresent(d -> o.put("division", d.value()));
    return o;
  }

  static Position readPosition(JsonIn in) {
    return new Position(
        in.text("title"), in.optionalText("division", DivisionCode::of, CODE_TH, CODE_EN));
  }

  // Committee (คณะกรรมการ), its seats and its duties

  static ObjectNode writeCommittee(Committee committee) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", committee.kind().name());
    o.put("name", committee.name());
    o.set("members", array(committee.members(), PlanMapping::writeMember));
    o.set("duties", array(committee.duties(), PlanMapping::writeRoleDuties));
    putOptional(o, "remit", committee.remit());
    return o;
  }

  static Committee readCommittee(JsonIn in) {
    List<RoleDuties> duties = in.objects("duties", PlanMapping::readRoleDuties);
    in.requireUnique(
        "duties", duties, "role", RoleDuties::role, "หน้าที่ของตำแหน่ง", "duties of role");
    return Committee.builder()
        .kind(in.constant("kind", CommitteeKind.class))
        .name(in.text("name"))
        .members(in.objects("members", PlanMapping::readMember))
        .duties(duties)
        .remit(in.optionalText("remit"))
        .build();
  }

  static ObjectNode writeMember(CommitteeMember member) {
    ObjectNode o = JSON.objectNode();
    o.put("role", member.role().name());
    putOptional(o, "personName", member.personName());
    putOptional(o, "position", member.position());
    o.put("roleText", member.roleText());
    return o;
  }

  static CommitteeMember readMember(JsonIn in) {
    return new CommitteeMember(
        in.constant("role", CommitteeRole.class),
        in.optionalText("personName"),
        in.optionalText("position"),
        in.text("roleText"));
  }

  static ObjectNode writeRoleDuties(RoleDuties duties) {
    ObjectNode o = JSON.objectNode();
    o.put("role", duties.role().name());
    o.set("duties", texts(duties.duties()));
    return o;
  }

  static RoleDuties readRoleDuties(JsonIn in) {
    return new RoleDuties(in.constant("role", CommitteeRole.class), in.texts("duties"));
  }

  // KM steps and change elements (ขั้นตอนการจัดการความรู้ / องค์ประกอบการบริหารการเปลี่ยนแปลง)

  static ObjectNode writeStep(PlanStep step) {
    ObjectNode o = JSON.objectNode();
    o.put("framework", step.framework().name());
    o.put("number", step.number());
    return o;
  }

  static PlanStep readStep(JsonIn in) {
    Framework framework = in.constant("framework", Framework.class);
    int number = in.integer("number");
    int count = framework.steps().size();
    if (number < 1 || number > count) {
      throw in.error(
          in.path("number"),
          framework.name() + " มีขั้นที่ 1 ถึง " + count + " ไม่มีขั้นที่ " + number,
          framework.name() + " has steps 1 to " + count + ", not " + number);
    }
    return PlanStep.of(framework, number);
  }

  static ObjectNode writeStepDescription(StepDescription description) {
    ObjectNode o = JSON.objectNode();
    o.set("step", writeStep(description.step()));
    o.put("text", description.text());
    return o;
  }

  static StepDescription readStepDescription(JsonIn in) {
    return new StepDescription(in.object("step", PlanMapping::readStep), in.text("text"));
  }

  // KM tools (เครื่องมือในการจัดการความรู้)

  static ObjectNode writeTool(KmTool tool) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", tool.kind().name());
    o.put("name", tool.name());
    o.put("description", tool.description());
    return o;
  }

  static KmTool readTool(JsonIn in) {
    return new KmTool(
        in.constant("kind", KmToolKind.class), in.text("name"), in.text("description"));
  }

  // Monitoring rules (แนวทางการติดตามและประเมินผล): one pair per kind, told apart by "type"

  static ObjectNode writeMonitoringRule(MonitoringRule rule) {
    ObjectNode o = JSON.objectNode();
    switch (rule) {
      case MonitoringRule.TrainingReport r -> o.put("type", "trainingReport").setAll(write(r));
      case MonitoringRule.KnowledgeDocument r ->
          o.put("type", "knowledgeDocument").setAll(write(r));
      case MonitoringRule.SupervisorReview r -> o.put("type", "supervisorReview").setAll(write(r));
      case MonitoringRule.EvaluationReport r -> o.put("type", "evaluationReport").setAll(write(r));
      case MonitoringRule.Other r -> o.put("type", "other").setAll(write(r));
    }
    return o;
  }

  static MonitoringRule readMonitoringRule(JsonIn in) {
    String type = in.text("type");
    return switch (type) {
      case "trainingReport" -> readTrainingReport(in);
      case "knowledgeDocument" -> readKnowledgeDocument(in);
      case "supervisorReview" -> readSupervisorReview(in);
      case "evaluationReport" -> readEvaluationReport(in);
      case "other" -> readOther(in);
      default ->
          throw in.error(
              in.path("type"),
              "ไม่มีกฎการติดตามผลชนิด '" + type + "' ชนิดที่ใช้ได้คือ " + RULE_TYPES,
              "'" + type + "' is not a monitoring rule type; the types are " + RULE_TYPES);
    };
  }

  private static ObjectNode write(MonitoringRule.TrainingReport rule) {
    ObjectNode o = JSON.objectNode();
    o.put("text", rule.text());
    o.put("days", rule.days());
    o.put("routedTo", rule.routedTo());
    o.put("externalOnly", rule.externalOnly());
    return o;
  }

  private static MonitoringRule readTrainingReport(JsonIn in) {
    return new MonitoringRule.TrainingReport(
        in.text("text"), in.integer("days"), in.text("routedTo"), in.bool("externalOnly"));
  }

  private static ObjectNode write(MonitoringRule.KnowledgeDocument rule) {
    return JSON.objectNode().put("text", rule.text());
  }

  private static MonitoringRule readKnowledgeDocument(JsonIn in) {
    return new MonitoringRule.KnowledgeDocument(in.text("text"));
  }

  private static ObjectNode write(MonitoringRule.SupervisorReview rule) {
    return JSON.objectNode().put("text", rule.text());
  }

  private static MonitoringRule readSupervisorReview(JsonIn in) {
    return new MonitoringRule.SupervisorReview(in.text("text"));
  }

  private static ObjectNode write(MonitoringRule.EvaluationReport rule) {
    ObjectNode o = JSON.objectNode();
    o.put("text", rule.text());
    o.put("timesPerYear", rule.timesPerYear());
    o.put("reportTo", rule.reportTo());
    return o;
  }

  private static MonitoringRule readEvaluationReport(JsonIn in) {
    return new MonitoringRule.EvaluationReport(
        in.text("text"), in.integer("timesPerYear"), in.text("reportTo"));
  }

  private static ObjectNode write(MonitoringRule.Other rule) {
    ObjectNode o = JSON.objectNode();
    o.put("key", rule.key());
    o.put("text", rule.text());
    return o;
  }

  private static MonitoringRule readOther(JsonIn in) {
    return new MonitoringRule.Other(in.text("key"), in.text("text"));
  }

  // Form 1 (แบบฟอร์มที่ ๑)

  static ObjectNode writeKnowledgeNeed(StrategicKnowledgeNeed need) {
    ObjectNode o = JSON.objectNode();
    o.put("number", need.number());
    o.put("divisionName", need.divisionName());
    need.division().ifPresent(d -> o.put("division", d.value()));
    o.put("activity", need.activity());
    o.set("objectives", texts(need.objectives()));
    o.set("kpis", texts(need.kpis()));
    o.put("responsible", need.responsible());
    o.set("requiredKnowledge", texts(need.requiredKnowledge()));
    return o;
  }

  static StrategicKnowledgeNeed readKnowledgeNeed(JsonIn in) {
    return StrategicKnowledgeNeed.builder()
        .number(in.integer("number"))
        .divisionName(in.text("divisionName"))
        .division(in.optionalText("division", DivisionCode::of, CODE_TH, CODE_EN))
        .activity(in.text("activity"))
        .objectives(in.texts("objectives"))
        .kpis(in.texts("kpis"))
        .responsible(in.text("responsible"))
        .requiredKnowledge(in.texts("requiredKnowledge"))
        .build();
  }

  // KM scope (ขอบเขต KM)

  static ObjectNode writeScope(KmScope scope) {
    ObjectNode o = JSON.objectNode();
    o.put("number", scope.number());
    o.put("title", scope.title());
    o.set("benefitsToStaff", texts(scope.benefitsToStaff()));
    o.set("benefitsToExecutives", texts(scope.benefitsToExecutives()));
    o.set("relatedPolicies", texts(scope.relatedPolicies()));
    return o;
  }

  static KmScope readScope(JsonIn in) {
    return KmScope.builder()
        .number(in.integer("number"))
        .title(in.text("title"))
        .benefitsToStaff(in.texts("benefitsToStaff"))
        .benefitsToExecutives(in.texts("benefitsToExecutives"))
        .relatedPolicies(in.texts("relatedPolicies"))
        .build();
  }

  // KM goal (เป้าหมาย KM) and its action-plan activities (แผนการจัดการความรู้ KM Action)

  static ObjectNode writeGoal(KmGoal goal) {
    ObjectNode o = JSON.objectNode();
    o.put("number", goal.number());
    o.put("title", goal.title());
    o.set("titleVariants", texts(goal.titleVariants()));
    o.set("measurableOutcomes", texts(goal.measurableOutcomes()));
    o.put("framework", goal.framework().name());
    o.set("activities", array(goal.activities(), PlanMapping::writeActivity));
    return o;
  }

  static KmGoal readGoal(JsonIn in) {
    KmGoal.Builder goal =
        KmGoal.builder()
            .number(in.integer("number"))
            .title(in.text("title"))
            .titleVariants(in.texts("titleVariants"))
            .measurableOutcomes(in.texts("measurableOutcomes"));
    Framework framework = in.constant("framework", Framework.class);
    List<PlanActivity> activities = in.objects("activities", PlanMapping::readActivity);
    in.requireUnique(
        "activities",
        activities,
        "number",
        PlanActivity::number,
        "ลำดับกิจกรรม",
        "activity number");
    for (int i = 0; i < activities.size(); i++) {
      Framework filed = activities.get(i).step().framework();
      if (filed != framework) {
        throw in.error(
            in.path("activities").index(i).field("step").field("framework"),
            "เป้าหมายนี้วางแผนตาม " + framework.name() + " แต่กิจกรรมนี้อยู่ใน " + filed.name(),
            "the goal is planned on " + framework.name() + " but this activity on " + filed.name());
      }
    }
    return goal.framework(framework).activities(activities).build();
  }

  static ObjectNode writeActivity(PlanActivity activity) {
    ObjectNode o = JSON.objectNode();
    o.put("number", activity.number());
    o.put("name", activity.name());
    o.set("details", texts(activity.details()));
    o.set("step", writeStep(activity.step()));
    o.put("method", activity.method());
    o.set("period", writePeriod(activity.period()));
    o.put("indicator", activity.indicator());
    o.put("target", activity.target());
    o.put("responsible", activity.responsible());
    putOptional(o, "note", activity.note());
    activity.sourceLine().ifPresent(line -> o.put("sourceLine", line));
    o.set("indicators", array(activity.indicators(), IndicatorMapping::writeIndicator));
    return o;
  }

  static PlanActivity readActivity(JsonIn in) {
    return PlanActivity.builder()
        .number(in.integer("number"))
        .name(in.text("name"))
        .details(in.texts("details"))
        .step(in.object("step", PlanMapping::readStep))
        .method(in.text("method"))
        .period(in.object("period", PlanMapping::readPeriod))
        .indicator(in.text("indicator"))
        .target(in.text("target"))
        .responsible(in.text("responsible"))
        .note(in.optionalText("note"))
        .sourceLine(in.optionalInteger("sourceLine"))
        .indicators(in.objects("indicators", IndicatorMapping::readIndicator))
        .build();
  }

  // Period (ระยะเวลา) and month range

  static ObjectNode writePeriod(ActivityPeriod period) {
    ObjectNode o = JSON.objectNode();
    o.put("text", period.text());
    period.months().ifPresent(m -> o.set("months", writeMonthRange(m)));
    return o;
  }

  static ActivityPeriod readPeriod(JsonIn in) {
    return new ActivityPeriod(
        in.text("text"), in.optionalObject("months", PlanMapping::readMonthRange));
  }

  static ObjectNode writeMonthRange(MonthRange range) {
    ObjectNode o = JSON.objectNode();
    o.put("start", range.start().toString());
    o.put("end", range.end().toString());
    return o;
  }

  static MonthRange readMonthRange(JsonIn in) {
    return new MonthRange(
        in.text("start", PlanMapping::month, MONTH_TH, MONTH_EN),
        in.text("end", PlanMapping::month, MONTH_TH, MONTH_EN));
  }

  // Where the document names itself or cites a law

  static ObjectNode writeNameMention(NameMention mention) {
    ObjectNode o = JSON.objectNode();
    o.put("text", mention.text());
    o.set("location", writeLocation(mention.location()));
    return o;
  }

  static NameMention readNameMention(JsonIn in) {
    return new NameMention(in.text("text"), in.object("location", PlanMapping::readLocation));
  }

  static ObjectNode writeCitation(Citation citation) {
    ObjectNode o = JSON.objectNode();
    o.put("title", citation.title());
    o.put("yearText", citation.yearText());
    o.put("buddhistYear", citation.buddhistYear());
    o.set("location", writeLocation(citation.location()));
    return o;
  }

  static Citation readCitation(JsonIn in) {
    return new Citation(
        in.text("title"),
        in.text("yearText"),
        in.integer("buddhistYear"),
        in.object("location", PlanMapping::readLocation));
  }

  static ObjectNode writeLocation(SourceLocation location) {
    ObjectNode o = JSON.objectNode();
    o.put("section", location.section());
    location.line().ifPresent(line -> o.put("line", line));
    return o;
  }

  static SourceLocation readLocation(JsonIn in) {
    return new SourceLocation(in.text("section"), in.optionalInteger("line"));
  }

  // Narrative prose, verbatim

  static ObjectNode writeNarrative(NarrativeSection section) {
    ObjectNode o = JSON.objectNode();
    o.put("heading", section.heading());
    o.set("paragraphs", texts(section.paragraphs()));
    return o;
  }

  static NarrativeSection readNarrative(JsonIn in) {
    return new NarrativeSection(in.text("heading"), in.texts("paragraphs"));
  }

  // Values written as text

  private static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      throw new IllegalArgumentException("not yyyy-mm-dd: " + text);
    }
    LocalDate date = LocalDate.parse(text);
    if (date.getYear() >= FIRST_BUDDHIST_LOOKING_YEAR) {
      throw new IllegalArgumentException("a Buddhist-era year: " + text);
    }
    return date;
  }

  private static YearMonth month(String text) {
    if (!MONTH.matcher(text).matches()) {
      throw new IllegalArgumentException("not yyyy-mm: " + text);
    }
    YearMonth month = YearMonth.parse(text);
    if (month.getYear() >= FIRST_BUDDHIST_LOOKING_YEAR) {
      throw new IllegalArgumentException("a Buddhist-era year: " + text);
    }
    return month;
  }

  // Writing helpers

  private static void putOptional(ObjectNode o, String field, Optional<String> value) {
    value.ifPresent(v -> o.put(field, v));
  }

  private static ArrayNode texts(List<String> texts) {
    ArrayNode array = JSON.arrayNode(texts.size());
    texts.forEach(array::add);
    return array;
  }

  private static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> write) {
    ArrayNode array = JSON.arrayNode(items.size());
    items.forEach(item -> array.add(write.apply(item)));
    return array;
  }
}
