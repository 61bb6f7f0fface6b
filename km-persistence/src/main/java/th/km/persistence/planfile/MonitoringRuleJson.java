package th.km.persistence.planfile;

import static th.km.persistence.planfile.JsonOut.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import th.km.core.plan.MonitoringRule;

/**
 * The mapping between a plan's monitoring rules (แนวทางการติดตามและประเมินผล) and the JSON of the
 * plan file: one pair per kind of rule, told apart by the field "type".
 */
final class MonitoringRuleJson {

  /** The values of a monitoring rule's "type", each naming one kind of {@link MonitoringRule}. */
  private static final String RULE_TYPES =
      "trainingReport, knowledgeDocument, supervisorReview, evaluationReport, other";

  private MonitoringRuleJson() {}

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
}
