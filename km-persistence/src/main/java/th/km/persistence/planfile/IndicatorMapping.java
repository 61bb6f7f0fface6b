package th.km.persistence.planfile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import th.km.core.indicator.CountUnit;
import th.km.core.indicator.CoverageSet;
import th.km.core.indicator.Indicator;
import th.km.core.indicator.IndicatorRule;
import th.km.core.indicator.MonitoringIndicator;
import th.km.core.indicator.Population;
import th.km.core.indicator.PopulationKind;
import th.km.core.indicator.RecordFilter;
import th.km.core.indicator.RecordSelector;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.StaffCategory;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.MeetingKind;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingSetting;
import th.km.core.target.ParsedTarget;

/**
 * The mapping between indicators (ตัวชี้วัด) with their formal rules and the JSON of the plan file,
 * one {@code write} and one {@code read} per type side by side, as in {@link PlanJsonMapping}. Rules are
 * objects with a {@code type} field; a filter writes only the facets it narrows by, in a fixed
 * order, each set sorted, so that equal rules give equal text.
 */
final class IndicatorMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The values of a rule's "type", each naming one kind of {@link IndicatorRule}. */
  private static final String RULE_TYPES =
      "count, percentage, coverage, deadlineCompliance, occurrence, beforeAfter, reportOnly";

  private IndicatorMapping() {}

  // Indicator (ตัวชี้วัด)

  static ObjectNode writeIndicator(Indicator indicator) {
    ObjectNode o = JSON.objectNode();
    o.put("indicatorText", indicator.indicatorText());
    o.put("targetText", indicator.targetText());
    o.set("rule", writeRule(indicator.rule()));
    return o;
  }

  static Indicator readIndicator(JsonIn in) {
    return new Indicator(
        in.text("indicatorText"),
        in.text("targetText"),
        in.object("rule", IndicatorMapping::readRule));
  }

  // An indicator of a monitoring rule: the rule's key, then the indicator's fields

  static ObjectNode writeMonitoringIndicator(MonitoringIndicator m) {
    ObjectNode o = JSON.objectNode();
    o.put("monitoringRule", m.ruleKey());
    o.setAll(writeIndicator(m.indicator()));
    return o;
  }

  static MonitoringIndicator readMonitoringIndicator(JsonIn in) {
    String ruleKey = in.text("monitoringRule");
    return new MonitoringIndicator(ruleKey, readIndicator(in));
  }

  // Rules (กฎการประเมินตัวชี้วัด): one pair per kind, told apart by "type"

  static ObjectNode writeRule(IndicatorRule rule) {
    ObjectNode o = JSON.objectNode();
    switch (rule) {
      case IndicatorRule.Count c -> {
        o.put("type", "count");
        o.set("selector", writeSelector(c.selector()));
        o.put("unit", c.unit().name());
        o.set("target", writeCountTarget(c.countTarget()));
      }
      case IndicatorRule.Percentage p -> {
        o.put("type", "percentage");
        o.set("population", writePopulation(p.population()));
        o.set("qualifying", writeSelector(p.qualifying()));
        o.set("target", writePercentTarget(p.percentTarget()));
      }
      case IndicatorRule.Coverage c -> {
        o.put("type", "coverage");
        o.put("set", c.set().name());
        o.set("qualifying", writeSelector(c.qualifying()));
      }
      case IndicatorRule.DeadlineCompliance d -> {
        o.put("type", "deadlineCompliance");
        o.set("trainings", writeFilter(d.trainings()));
        o.put("days", d.days());
        o.set("target", writePercentTarget(d.percentTarget()));
      }
      case IndicatorRule.Occurrence oc -> {
        o.put("type", "occurrence");
        o.set("selector", writeSelector(oc.selector()));
        o.put("atLeast", oc.atLeast());
      }
      case IndicatorRule.BeforeAfter b -> {
        o.put("type", "beforeAfter");
        o.set("trainings", writeFilter(b.trainings()));
        o.set("target", writePercentTarget(b.percentTarget()));
      }
      case IndicatorRule.ReportOnly r -> {
        o.put("type", "reportOnly");
        r.measure().ifPresent(m -> o.set("measure", writeSelector(m)));
        o.put("unit", r.unit().name());
      }
    }
    return o;
  }

  static IndicatorRule readRule(JsonIn in) {
    String type = in.text("type");
    return switch (type) {
      case "count" ->
          new IndicatorRule.Count(
              in.object("selector", IndicatorMapping::readSelector),
              in.constant("unit", CountUnit.class),
              in.object("target", IndicatorMapping::readCountTarget));
      case "percentage" ->
          new IndicatorRule.Percentage(
              in.object("population", IndicatorMapping::readPopulation),
              in.object("qualifying", IndicatorMapping::readSelector),
              in.object("target", IndicatorMapping::readPercentTarget));
      case "coverage" ->
          new IndicatorRule.Coverage(
              in.constant("set", CoverageSet.class),
              in.object("qualifying", IndicatorMapping::readSelector));
      case "deadlineCompliance" ->
          new IndicatorRule.DeadlineCompliance(
              in.optionalObject("trainings", IndicatorMapping::readFilter).orElse(RecordFilter.any()),
              in.integer("days"),
              in.object("target", IndicatorMapping::readPercentTarget));
      case "occurrence" ->
          new IndicatorRule.Occurrence(
              in.object("selector", IndicatorMapping::readSelector), in.integer("atLeast"));
      case "beforeAfter" ->
          new IndicatorRule.BeforeAfter(
              in.optionalObject("trainings", IndicatorMapping::readFilter).orElse(RecordFilter.any()),
              in.object("target", IndicatorMapping::readPercentTarget));
      case "reportOnly" ->
          new IndicatorRule.ReportOnly(
              in.optionalObject("measure", IndicatorMapping::readSelector),
              in.constant("unit", CountUnit.class));
      default ->
          throw in.error(
              in.path("type"),
              "ไม่มีกฎตัวชี้วัดชนิด '" + type + "' ชนิดที่ใช้ได้คือ " + RULE_TYPES,
              "'" + type + "' is not an indicator rule type; the types are " + RULE_TYPES);
    };
  }

  // Selector (บันทึกที่นับ) and population (ฐานที่คิดร้อยละ)

  static ObjectNode writeSelector(RecordSelector selector) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", selector.kind().name());
    if (!selector.filter().facets().isEmpty()) {
      o.set("filter", writeFilter(selector.filter()));
    }
    o.put("window", selector.window().name());
    return o;
  }

  static RecordSelector readSelector(JsonIn in) {
    return new RecordSelector(
        in.constant("kind", RecordKind.class),
        in.optionalObject("filter", IndicatorMapping::readFilter).orElse(RecordFilter.any()),
        in.optionalConstant("window", RecordSelector.Window.class)
            .orElse(RecordSelector.Window.PERIOD));
  }

  static ObjectNode writePopulation(Population population) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", population.kind().name());
    if (!population.staffFilter().facets().isEmpty()) {
      o.set("filter", writeFilter(population.staffFilter()));
    }
    return o;
  }

  static Population readPopulation(JsonIn in) {
    return new Population(
        in.constant("kind", PopulationKind.class),
        in.optionalObject("filter", IndicatorMapping::readFilter).orElse(RecordFilter.any()));
  }

  // Filter (เงื่อนไขการคัดบันทึก): only the facets it narrows by

  static ObjectNode writeFilter(RecordFilter f) {
    ObjectNode o = JSON.objectNode();
    if (!f.divisions().isEmpty()) {
      ArrayNode a = o.putArray("divisions");
      f.divisions().stream().map(DivisionCode::value).sorted().forEach(a::add);
    }
    putConstants(o, "staffCategories", f.staffCategories());
    putConstants(o, "trainingKinds", f.trainingKinds());
    putConstants(o, "trainingSettings", f.trainingSettings());
    putConstants(o, "assetKinds", f.assetKinds());
    f.minimumStatus().ifPresent(s -> o.put("minimumStatus", s.name()));
    f.withFlowchart().ifPresent(w -> o.put("withFlowchart", w));
    putConstants(o, "channels", f.channels());
    putConstants(o, "meetingKinds", f.meetingKinds());
    putConstants(o, "recognitionKinds", f.recognitionKinds());
    putConstants(o, "topics", f.topics());
    f.activity()
        .ifPresent(
            a -> {
              ObjectNode ao = o.putObject("activity");
              ao.put("goal", a.goal());
              ao.put("activity", a.activity());
            });
    return o;
  }

  static RecordFilter readFilter(JsonIn in) {
    return RecordFilter.builder()
        .divisions(
            in.texts("divisions").stream()
                .map(code -> parseDivision(in, code))
                .toList())
        .staffCategories(in.constants("staffCategories", StaffCategory.class))
        .trainingKinds(in.constants("trainingKinds", TrainingKind.class))
        .trainingSettings(in.constants("trainingSettings", TrainingSetting.class))
        .assetKinds(in.constants("assetKinds", AssetKind.class))
        .minimumStatus(in.optionalConstant("minimumStatus", AssetStatus.class))
        .withFlowchart(in.optionalBool("withFlowchart"))
        .channels(in.constants("channels", PublicationChannel.class))
        .meetingKinds(in.constants("meetingKinds", MeetingKind.class))
        .recognitionKinds(in.constants("recognitionKinds", RecognitionKind.class))
        .topics(in.constants("topics", AcknowledgementTopic.class))
        .activity(in.optionalObject("activity", IndicatorMapping::readActivityRef))
        .build();
  }

  private static DivisionCode parseDivision(JsonIn in, String code) {
    try {
      return DivisionCode.of(code);
    } catch (IllegalArgumentException e) {
      throw in.error(
          in.path("divisions"),
          "รหัสส่วนราชการ '" + code + "' ใช้ไม่ได้: ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีดกลาง",
          "division code '" + code + "' is not allowed: lower-case Latin letters, digits and inner"
              + " dashes");
    }
  }

  private static ActivityRef readActivityRef(JsonIn in) {
    return new ActivityRef(in.integer("goal"), in.integer("activity"));
  }

  // Targets (เป้าหมาย)

  static ObjectNode writeCountTarget(ParsedTarget.Count t) {
    ObjectNode o = JSON.objectNode();
    o.put("comparator", t.comparator().name());
    o.put("value", t.value());
    t.upper().ifPresent(u -> o.put("upper", u));
    o.put("unit", t.unit());
    return o;
  }

  static ParsedTarget.Count readCountTarget(JsonIn in) {
    return new ParsedTarget.Count(
        in.constant("comparator", th.km.core.target.Comparator.class),
        in.integer("value"),
        in.optionalInteger("upper"),
        in.optionalText("unit").orElse(""));
  }

  static ObjectNode writePercentTarget(ParsedTarget.Percentage t) {
    ObjectNode o = JSON.objectNode();
    o.put("comparator", t.comparator().name());
    o.put("percent", t.percent());
    t.upper().ifPresent(u -> o.put("upper", u));
    return o;
  }

  static ParsedTarget.Percentage readPercentTarget(JsonIn in) {
    th.km.core.target.Comparator comparator =
        in.constant("comparator", th.km.core.target.Comparator.class);
    BigDecimal percent = in.decimal("percent");
    return new ParsedTarget.Percentage(comparator, percent, in.optionalDecimal("upper"));
  }

  private static <E extends Enum<E>> void putConstants(
      ObjectNode o, String field, Collection<E> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.stream().sorted(Comparator.naturalOrder()).map(Enum::name).forEach(a::add);
    }
  }
}
