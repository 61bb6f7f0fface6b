package th.km.persistence.planfile;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import th.km.persistence.PersistenceException;

/**
 * A plan file that cannot be read as a plan: bad JSON, a wrong format marker or version, a missing
 * or unknown field, a value of the wrong type, or a plan that breaks a rule of the domain (two
 * goals with one number). The message names the file, the field's path such as {@code
 * goals[2].activities[0].period.months.start}, the line and column where known, and what is wrong,
 * in Thai ({@link #messageTh()}) and English ({@link #messageEn()}); {@link #getMessage()} gives
 * both, Thai first, on two lines.
 */
public final class PlanFileException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String problemTh;
  private final String problemEn;

  PlanFileException(
      String source,
      FieldPath path,
      @Nullable Location location,
      String problemTh,
      String problemEn,
      @Nullable Throwable cause) {
    super(
        messageTh(source, path.toString(), location, problemTh)
            + "\n"
            + messageEn(source, path.toString(), location, problemEn),
        cause);
    this.source = source;
    this.path = path.toString();
    this.line = location == null ? 0 : location.line();
    this.column = location == null ? 0 : location.column();
    this.problemTh = problemTh;
    this.problemEn = problemEn;
  }

  /** A line and column of the file, both from 1. */
  record Location(int line, int column) {}

  /** The file or other source the plan was read from, as the caller named it. */
  public String source() {
    return source;
  }

  /** The path of the bad value, for example {@code goals[2].number}; empty for the top level. */
  public String path() {
    return path;
  }

  /** The line of the file where the problem was found, from 1, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The column of the file where the problem was found, from 1, when known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** What is wrong, in Thai, without the where. */
  public String problemTh() {
    return problemTh;
  }

  /** What is wrong, in English, without the where. */
  public String problemEn() {
    return problemEn;
  }

  /** The whole message in Thai: file, path, line and column, and what is wrong. */
  public String messageTh() {
    return messageTh(source, path, location(), problemTh);
  }

  /** The whole message in English: file, path, line and column, and what is wrong. */
  public String messageEn() {
    return messageEn(source, path, location(), problemEn);
  }

  private @Nullable Location location() {
    return line > 0 ? new Location(line, column) : null;
  }

  private static String messageTh(
      String source, String path, @Nullable Location location, String problem) {
    String where = path.isEmpty() ? "ระดับบนสุด" : path;
    String at =
        location == null
            ? ""
            : " (บรรทัด " + location.line() + " คอลัมน์ " + location.column() + ")";
    return "ไฟล์แผน " + source + " ที่ " + where + at + ": " + problem;
  }

  private static String messageEn(
      String source, String path, @Nullable Location location, String problem) {
    String where = path.isEmpty() ? "the top level" : path;
    String at =
        location == null ? "" : " (line " + location.line() + ", column " + location.column() + ")";
    return "plan file " + source + " at " + where + at + ": " + problem;
  }
}
