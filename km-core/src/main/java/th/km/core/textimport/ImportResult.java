package th.km.core.textimport;

import java.util.List;
import java.util.Optional;
import th.km.core.plan.KmPlan;

/**
 * What the text importer made of a document: the plan, and every issue met on the way.
 *
 * @param plan the plan; empty only when the text names no organization or no fiscal year
 * @param issues in the order of the source lines
 */
public record ImportResult(Optional<KmPlan> plan, List<ImportIssue> issues) {

  public ImportResult {
    issues = List.copyOf(issues);
  }

  /** The issues of one severity, in line order. */
  public List<ImportIssue> issues(ImportIssue.Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /**
   * Whether the import made a plan km can follow: one with at least one KM goal and one activity.
   * A document whose tables were lost (text extracted without tabs, a plan without its action
   * plan) makes a plan without them, and an ERROR issue says so; callers treat that as unusable
   * input (CLI exit 2), not as an import with a few lines left out.
   */
  public boolean hasActionPlan() {
    return plan.map(p -> p.goals().stream().anyMatch(g -> !g.activities().isEmpty()))
        .orElse(false);
  }

  /** Whether part of the document could not be imported. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
  }
}
