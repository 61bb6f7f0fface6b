package th.km.core.check;

import java.util.List;

/**
 * What the plan checker found, most severe first and then in the plan's order.
 *
 * @param findings every finding, sorted by {@link Finding#ORDER}
 */
public record CheckReport(List<Finding> findings) {

  public CheckReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** Whether any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The findings with the code, in report order. */
  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }
}
