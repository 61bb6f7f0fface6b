package th.km.persistence.planfile;

import static th.km.persistence.planfile.JsonOut.JSON;
import static th.km.persistence.planfile.JsonOut.array;
import static th.km.persistence.planfile.JsonOut.putOptional;
import static th.km.persistence.planfile.JsonOut.texts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import th.km.core.calendar.FiscalYear;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.plan.Announcement;
import th.km.core.plan.Committee;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmScope;
import th.km.core.plan.KmTool;
import th.km.core.plan.KmToolKind;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NarrativeSection;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.ProvinceCode;
import th.km.core.plan.Position;
import th.km.core.plan.StepDescription;
import th.km.core.plan.StrategicKnowledgeNeed;

/**
 * The mapping between the plan's types and the JSON of the plan file: one {@code writeX} and one
 * {@code readX} per type, side by side, in the order the file holds them. Adding a field to a type
 * is one line in each method of its pair (and a line in docs/plan-format.md and the schema). The
 * larger parts have their own classes: {@link CommitteeJson}, {@link MonitoringRuleJson}, {@link
 * KmGoalJson}, {@link SourceMentionJson}, {@link IndicatorMapping}; {@link IsoDateText} reads
 * dates and months.
 */
final class PlanJsonMapping {

  private static final String CODE_TH =
      "รหัสยาว 1-40 ตัวจากอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง" + " (ไม่ขึ้นต้นหรือลงท้ายด้วยขีด)";
  private static final String CODE_EN =
      "a code of 1-40 lower-case Latin letters, digits and inner dashes";
  private static final String PROVINCE_CODE_TH = "รหัสจังหวัดสองหลัก เช่น 50 (เชียงใหม่)";
  private static final String PROVINCE_CODE_EN = "a two-digit province code such as 50 (Chiang Mai)";

  private PlanJsonMapping() {}

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
    o.set("divisions", array(plan.divisions(), PlanJsonMapping::writeDivision));
    o.set("positions", array(plan.positions(), PlanJsonMapping::writePosition));
    o.set("committees", array(plan.committees(), CommitteeJson::writeCommittee));
    o.set(
        "stepDescriptions", array(plan.stepDescriptions(), PlanJsonMapping::writeStepDescription));
    o.set("tools", array(plan.tools(), PlanJsonMapping::writeTool));
    o.set(
        "monitoringRules", array(plan.monitoringRules(), MonitoringRuleJson::writeMonitoringRule));
    o.set(
        "monitoringIndicators",
        array(plan.monitoringIndicators(), IndicatorMapping::writeMonitoringIndicator));
    o.set("form1", array(plan.form1(), PlanJsonMapping::writeKnowledgeNeed));
    o.set("scopes", array(plan.scopes(), PlanJsonMapping::writeScope));
    o.set("goals", array(plan.goals(), KmGoalJson::writeGoal));
    o.set("nameMentions", array(plan.nameMentions(), SourceMentionJson::writeNameMention));
    o.set("citations", array(plan.citations(), SourceMentionJson::writeCitation));
    o.set("narrative", array(plan.narrative(), PlanJsonMapping::writeNarrative));
    return o;
  }

  static KmPlan readPlan(JsonIn in) {
    readFormat(in);
    KmPlan.Builder plan =
        KmPlan.builder()
            .organization(in.object("organization", PlanJsonMapping::readOrganization))
            .fiscalYear(in.integer("fiscalYear", FiscalYear::ofBuddhistYear))
            .title(in.text("title"))
            .preparedBy(in.optionalText("preparedBy"))
            .announcement(in.optionalObject("announcement", PlanJsonMapping::readAnnouncement));
    List<Division> divisions = in.objects("divisions", PlanJsonMapping::readDivision);
    List<Position> positions = in.objects("positions", PlanJsonMapping::readPosition);
    List<Committee> committees = in.objects("committees", CommitteeJson::readCommittee);
    plan.stepDescriptions(in.objects("stepDescriptions", PlanJsonMapping::readStepDescription))
        .tools(in.objects("tools", PlanJsonMapping::readTool));
    List<MonitoringRule> rules =
        in.objects("monitoringRules", MonitoringRuleJson::readMonitoringRule);
    List<MonitoringIndicator> monitoringIndicators =
        in.objects("monitoringIndicators", IndicatorMapping::readMonitoringIndicator);
    List<StrategicKnowledgeNeed> form1 = in.objects("form1", PlanJsonMapping::readKnowledgeNeed);
    List<KmScope> scopes = in.objects("scopes", PlanJsonMapping::readScope);
    List<KmGoal> goals = in.objects("goals", KmGoalJson::readGoal);
    plan.nameMentions(in.objects("nameMentions", SourceMentionJson::readNameMention))
        .citations(in.objects("citations", SourceMentionJson::readCitation))
        .narrative(in.objects("narrative", PlanJsonMapping::readNarrative));

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
        .date(in.optionalText("date", IsoDateText::date, IsoDateText.DATE_TH, IsoDateText.DATE_EN))
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
  static ObjectNode writeStepDescription(StepDescription description) {
    ObjectNode o = JSON.objectNode();
    o.set("step", KmGoalJson.writeStep(description.step()));
    o.put("text", description.text());
    return o;
  }

  static StepDescription readStepDescription(JsonIn in) {
    return new StepDescription(in.object("step", KmGoalJson::readStep), in.text("text"));
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
}
