package th.km.persistence.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import th.km.core.records.YearRecords;

/**
 * What reading a records folder gave: the records, perhaps with warnings, or a refusal listing every
 * problem. There is nothing in between: a folder with one bad record gives no records at all, so
 * that nothing is ever evaluated on a half-read year. Callers switch over the two cases.
 */
public sealed interface RecordsReading {

  /** Every problem found, in the order of the files and their lines. */
  List<RecordsFileProblem> problems();

  /**
   * The folder was read whole.
   *
   * @param records the records of the year
   * @param problems warnings only, such as a record dated outside the fiscal year
   */
  record Loaded(YearRecords records, List<RecordsFileProblem> problems) implements RecordsReading {
    public Loaded {
      problems = List.copyOf(problems);
      checkArgument(
          problems.stream().noneMatch(RecordsFileProblem::isError),
          "a loaded folder has warnings only, got %s",
          problems);
    }
  }

  /**
   * The folder has at least one error and is refused whole.
   *
   * @param problems the errors and warnings, at least one error among them
   */
  record Refused(List<RecordsFileProblem> problems) implements RecordsReading {
    public Refused {
      problems = List.copyOf(problems);
      checkArgument(
          problems.stream().anyMatch(RecordsFileProblem::isError),
          "a refused folder has at least one error, got %s",
          problems);
    }
  }
}
