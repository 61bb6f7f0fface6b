package th.km.persistence.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.km.core.LocalizedText;
import th.km.core.records.RecordProblem.Severity;

/** The problems found while reading one folder, collected so that every one is reported. */
final class Problems {

  private final List<RecordsFileProblem> all = new ArrayList<>();

  void error(String file, int line, String field, String th, String en) {
    all.add(new RecordsFileProblem(file, line, field, Severity.ERROR, LocalizedText.of(th, en)));
  }

  void warning(String file, int line, String field, String th, String en) {
    all.add(new RecordsFileProblem(file, line, field, Severity.WARNING, LocalizedText.of(th, en)));
  }

  void add(RecordsFileProblem problem) {
    all.add(problem);
  }

  int count() {
    return all.size();
  }

  boolean hasErrors() {
    return all.stream().anyMatch(RecordsFileProblem::isError);
  }

  /** Whether a problem of the severity is already reported on the line. */
  boolean reportedOn(String file, int line, Severity severity) {
    return all.stream()
        .anyMatch(p -> p.file().equals(file) && p.line() == line && p.severity() == severity);
  }

  /** Whether an error is already reported on the field of the line. */
  boolean errorAt(String file, int line, String field) {
    return all.stream()
        .anyMatch(
            p -> p.isError() && p.file().equals(file) && p.line() == line && p.field().equals(field));
  }

  /** The problems in the order of the files as given, then by line; stable within a line. */
  List<RecordsFileProblem> sorted(List<String> fileOrder) {
    Comparator<RecordsFileProblem> byFile =
        Comparator.comparingInt(
            p -> {
              int i = fileOrder.indexOf(p.file());
              return i < 0 ? fileOrder.size() : i;
            });
    List<RecordsFileProblem> out = new ArrayList<>(all);
    out.sort(
        byFile
            .thenComparing(RecordsFileProblem::file)
            .thenComparingInt(RecordsFileProblem::line));
    return List.copyOf(out);
  }
}
