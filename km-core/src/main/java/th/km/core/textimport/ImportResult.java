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

  /** Whether part of the document could not be imported. */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
  }
}
