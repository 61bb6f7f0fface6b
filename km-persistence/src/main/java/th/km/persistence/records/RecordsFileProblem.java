package th.km.persistence.records;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.LocalizedText;
import th.km.core.records.RecordProblem.Severity;

/**
 * Something wrong in a records folder, named by file, line and field: a missing field, a date that
 * does not exist, a reference to a person nobody recorded, an id used twice.
 *
 * @param file the file's name within the folder, such as {@code trainings.jsonl}; empty for the
 *     folder itself
 * @param line the line of the file, from 1; 0 when the problem concerns the whole file
 * @param field the field within the line's object, such as {@code signOffs[1].signedOn}; empty
 *     when the problem concerns the whole line
 * @param severity an error refuses the folder, a warning is shown and the records are still used
 * @param message what is wrong, in Thai and English, without the where
 */
public record RecordsFileProblem(
    String file, int line, String field, Severity severity, LocalizedText message) {

  public RecordsFileProblem {
    checkArgument(line >= 0, "a line number is never negative, got %s", line);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** "trainings.jsonl บรรทัด 12 ฟิลด์ returned: …". */
  public String describeTh() {
    StringBuilder where = new StringBuilder(file.isEmpty() ? "โฟลเดอร์" : file);
    if (line > 0) {
      where.append(" บรรทัด ").append(line);
    }
    if (!field.isEmpty()) {
      where.append(" ฟิลด์ ").append(field);
    }
    String prefix = severity == Severity.WARNING ? "คำเตือน: " : "";
    return where + ": " + prefix + message.th();
  }

  /** "trainings.jsonl:12: returned: …", the way compilers name a place. */
  public String describeEn() {
    StringBuilder where = new StringBuilder(file.isEmpty() ? "folder" : file);
    if (line > 0) {
      where.append(':').append(line);
    }
    if (!field.isEmpty()) {
      where.append(": ").append(field);
    }
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return where + ": " + prefix + message.en();
  }

  @Override
  public String toString() {
    return describeEn();
  }
}
