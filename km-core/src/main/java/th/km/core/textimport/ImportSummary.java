package th.km.core.textimport;

import java.util.List;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.KmPlan;

/**
 * What an import made of a document, in the few numbers a person checks first: the organization,
 * the fiscal year, goals and activities, Form 1 rows, the committees' sizes and the issues.
 *
 * <p>Every importer (text, PDF, DOCX) ends with this one line, and the test corpus compares it, so
 * that the same plan read from any format must give the same summary.
 *
 * @param organization the organization's full Thai name
 * @param code the organization's code
 * @param buddhistYear the fiscal year, B.E.
 * @param goals number of KM goals
 * @param activities number of activities over all goals
 * @param form1Rows number of Form 1 rows
 * @param kmCommittee members of the KM committee (or working group), 0 when none was read
 * @param meCommittee members of the monitoring and evaluation committee, 0 when none was read
 * @param errors issues of severity error
 * @param warnings issues of severity warning
 */
public record ImportSummary(
    String organization,
    String code,
    int buddhistYear,
    int goals,
    int activities,
    int form1Rows,
    int kmCommittee,
    int meCommittee,
    int errors,
    int warnings) {

  /** The summary of a plan and the issues met while reading it. */
  public static ImportSummary of(KmPlan plan, List<ImportIssue> issues) {
    return new ImportSummary(
        plan.organization().fullName(),
        plan.organization().code().value(),
        plan.fiscalYear().buddhistYear(),
        plan.goals().size(),
        plan.goals().stream().mapToInt(g -> g.activities().size()).sum(),
        plan.form1().size(),
        members(plan, CommitteeKind.KNOWLEDGE_MANAGEMENT),
        members(plan, CommitteeKind.MONITORING_AND_EVALUATION),
        count(issues, ImportIssue.Severity.ERROR),
        count(issues, ImportIssue.Severity.WARNING));
  }

  /** The summary of an import that made a plan; fails fast when it made none. */
  public static ImportSummary of(ImportResult result) {
    KmPlan plan =
        result
            .plan()
            .orElseThrow(() -> new IllegalArgumentException("the import made no plan to summarize"));
    return of(plan, result.issues());
  }

  /**
   * One line for a person and for the corpus files, such as {@code เทศบาลตำบลบ้านแหวน (ban-waen),
   * FY B.E. 2569: 4 goals, 21 activities, 9 Form 1 rows; committees KM 9, M&E 7; 0 errors, 12
   * warnings}.
   */
  public String line() {
    return organization
        + " ("
        + code
        + "), FY B.E. "
        + buddhistYear
        + ": "
        + goals
        + " goals, "
        + activities
        + " activities, "
        + form1Rows
        + " Form 1 rows; committees KM "
        + kmCommittee
        + ", M&E "
        + meCommittee
        + "; "
        + errors
        + " errors, "
        + warnings
        + " warnings";
  }

  private static int members(KmPlan plan, CommitteeKind kind) {
    return plan.committees().stream()
        .filter(c -> c.kind() == kind)
        .mapToInt((Committee c) -> c.members().size())
        .sum();
  }

  private static int count(List<ImportIssue> issues, ImportIssue.Severity severity) {
    return (int) issues.stream().filter(i -> i.severity() == severity).count();
  }
}
