package th.km.core.plan;

/**
 * A rule of the plan's monitoring guidance (แนวทางการติดตามและประเมินผล) that says what must happen
 * during the year, kept with the plan's own words.
 */
public sealed interface MonitoringRule
    permits MonitoringRule.TrainingReport,
        MonitoringRule.KnowledgeDocument,
        MonitoringRule.SupervisorReview,
        MonitoringRule.EvaluationReport,
        MonitoringRule.Other {

  /** A stable key within the plan, such as {@code training-report}. */
  String key();

  /** The plan's text of the rule, verbatim. */
  String text();

  /**
   * Staff sent to training file a report within {@code days} days of returning, routed up the chain
   * of command to {@code routedTo} (the mayor).
   *
   * @param externalOnly whether the rule covers only training outside the organization
   */
  record TrainingReport(String text, int days, String routedTo, boolean externalOnly)
      implements MonitoringRule {
    public TrainingReport {
      if (days < 1 || days > 366) {
        throw new IllegalArgumentException("report deadline must be 1-366 days, got " + days);
      }
    }

    @Override
    public String key() {
      return "training-report";
    }
  }

  /** Each trained person keeps the knowledge gained as a bound document. */
  record KnowledgeDocument(String text) implements MonitoringRule {
    @Override
    public String key() {
      return "knowledge-document";
    }
  }

  /** Supervisors compare the person's work before and after the training. */
  record SupervisorReview(String text) implements MonitoringRule {
    @Override
    public String key() {
      return "supervisor-review";
    }
  }

  /**
   * The M&E committee reports results with recommendations to {@code reportTo} at least {@code
   * timesPerYear} times a year.
   */
  record EvaluationReport(String text, int timesPerYear, String reportTo) implements MonitoringRule {
    public EvaluationReport {
      if (timesPerYear < 1 || timesPerYear > 12) {
        throw new IllegalArgumentException(
            "M&E reports per year must be 1-12, got " + timesPerYear);
      }
    }

    @Override
    public String key() {
      return "evaluation-report";
    }
  }

  /** Guidance the importer could not classify, kept verbatim under a numbered key. */
  record Other(String key, String text) implements MonitoringRule {}
}
