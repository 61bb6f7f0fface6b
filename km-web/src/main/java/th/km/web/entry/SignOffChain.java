package th.km.web.entry;

import java.util.Optional;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.TrainingReport;

/**
 * The plan's chain of a post-training report (เสนอผู้บังคับบัญชาตามลำดับชั้นจนถึงนายกเทศมนตรี): the
 * supervisors sign in order, each on or after the one before, and the chain ends with the position
 * the plan routes reports to (its training-report rule's {@code routedTo}, the mayor), which is the
 * head's signature and comes after at least one supervisor's.
 */
final class SignOffChain {

  private SignOffChain() {}

  /** Where the plan's chain ends, such as นายกเทศมนตรี; empty when the plan has no such rule. */
  static Optional<String> end(KmPlan plan) {
    return plan.monitoringRules().stream()
        .filter(MonitoringRule.TrainingReport.class::isInstance)
        .map(r -> ((MonitoringRule.TrainingReport) r).routedTo())
        .findFirst();
  }

  /**
   * Whether a signature of {@code position} (the head's when {@code head}) may come next on the
   * report; when not, the reason is recorded in {@code in} against the field it concerns.
   */
  static boolean inOrder(KmPlan plan, TrainingReport report, String position, boolean head, Input in) {
    Optional<String> end = end(plan);
    boolean endsChain = end.filter(e -> position.startsWith(e)).isPresent();
    if (head && end.isPresent() && !endsChain) {
      in.error("position", "entry.error.headPosition", end.get());
    } else if (!head && endsChain) {
      in.error("head", "entry.error.headNotMarked", end.get());
    } else if (head && report.signOffs().isEmpty()) {
      in.error("head", "entry.error.headFirst");
    }
    return in.ok();
  }
}
