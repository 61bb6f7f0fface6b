package th.km.persistence.db;

import th.km.core.plan.MonitoringRule;
import th.km.persistence.jooq.tables.records.MonitoringRuleRecord;

/**
 * A plan's monitoring rules (การติดตามผล) as rows of {@code monitoring_rule}, and back: one row per
 * rule, its kind in a column, with the columns that kind of rule uses.
 */
final class MonitoringRuleRows {

  private MonitoringRuleRows() {}

  /** The row of {@code rule}, the {@code ordinal}-th of the plan. */
  static MonitoringRuleRecord row(PlanRowWriter out, int ordinal, MonitoringRule rule) {
    MonitoringRuleRecord row =
        new MonitoringRuleRecord()
            .setPlanId(out.planId())
            .setOrganizationId(out.organizationId())
            .setOrdinal(ordinal)
            .setRuleKey(rule.key())
            .setText(rule.text());
    return switch (rule) {
      case MonitoringRule.TrainingReport r ->
          row.setKind("TRAINING_REPORT")
              .setDays(r.days())
              .setRoutedTo(r.routedTo())
              .setExternalOnly(r.externalOnly());
      case MonitoringRule.KnowledgeDocument r -> row.setKind("KNOWLEDGE_DOCUMENT");
      case MonitoringRule.SupervisorReview r -> row.setKind("SUPERVISOR_REVIEW");
      case MonitoringRule.EvaluationReport r ->
          row.setKind("EVALUATION_REPORT")
              .setTimesPerYear(r.timesPerYear())
              .setReportTo(r.reportTo());
      case MonitoringRule.Other r -> row.setKind("OTHER");
    };
  }

  /** The rule that row {@code r} holds. */
  static MonitoringRule rule(StoredRow r) {
    String kind = r.text("kind");
    return switch (kind) {
      case "TRAINING_REPORT" ->
          new MonitoringRule.TrainingReport(
              r.text("text"), r.integer("days"), r.text("routed_to"), r.flag("external_only"));
      case "KNOWLEDGE_DOCUMENT" -> new MonitoringRule.KnowledgeDocument(r.text("text"));
      case "SUPERVISOR_REVIEW" -> new MonitoringRule.SupervisorReview(r.text("text"));
      case "EVALUATION_REPORT" ->
          new MonitoringRule.EvaluationReport(
              r.text("text"), r.integer("times_per_year"), r.text("report_to"));
      case "OTHER" -> new MonitoringRule.Other(r.text("rule_key"), r.text("text"));
      default ->
          throw new IllegalStateException(
              "monitoring rule '" + r.text("rule_key") + "' has unknown kind " + kind);
    };
  }
}
