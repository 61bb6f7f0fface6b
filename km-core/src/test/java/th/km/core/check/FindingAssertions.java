package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/** Assertions on the checker's findings that the plan checker's tests share. */
final class FindingAssertions {

  private FindingAssertions() {}

  static Finding only(List<Finding> findings, String location) {
    List<Finding> at = findings.stream().filter(f -> f.location().toString().equals(location)).toList();
    assertEquals(1, at.size(), "one finding at " + location + " in " + findings);
    return at.get(0);
  }

  static void assertMentions(Finding f, String... words) {
    for (String w : words) {
      assertTrue(
          f.message().en().contains(w) || f.message().th().contains(w),
          "the message should name " + w + ": " + f.message());
    }
  }

  static String codes(CheckReport report) {
    return report.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
