package th.km.core.textimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.km.core.textimport.ImportIssue.Severity;

/** Collects the issues of one import run. */
final class Issues {

  private final List<ImportIssue> issues = new ArrayList<>();

  void error(int line, String text, String th, String en) {
    issues.add(ImportIssue.of(Severity.ERROR, line, text, th, en));
  }

  void warning(int line, String text, String th, String en) {
    issues.add(ImportIssue.of(Severity.WARNING, line, text, th, en));
  }

  void info(int line, String text, String th, String en) {
    issues.add(ImportIssue.of(Severity.INFO, line, text, th, en));
  }

  /** A line that fits none of the structures of its section. */
  void notUnderstood(SourceLine line, String sectionTh, String sectionEn) {
    warning(
        line.number(),
        line.content(),
        "ไม่เข้าใจบรรทัดนี้ใน" + sectionTh + " จึงไม่ได้นำเข้า",
        "line not understood in the " + sectionEn + "; it was not imported");
  }

  /** The issues in line order; issues of one line keep the order they were reported in. */
  List<ImportIssue> sorted() {
    List<ImportIssue> copy = new ArrayList<>(issues);
    copy.sort(Comparator.comparingInt(ImportIssue::line));
    return copy;
  }
}
