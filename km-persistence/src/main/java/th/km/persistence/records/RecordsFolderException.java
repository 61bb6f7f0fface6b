package th.km.persistence.records;

import java.util.List;
import th.km.persistence.PersistenceException;

/**
 * A records folder that cannot be used: missing, unreadable, or with at least one bad record. It
 * carries every problem found, each with its file, line and field; the message lists them in
 * English and {@link #messageTh()} in Thai.
 */
public final class RecordsFolderException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  private final String messageTh;
  private final List<RecordsFileProblem> problems;

  RecordsFolderException(String folder, List<RecordsFileProblem> problems) {
    super(describe("records folder " + folder + " cannot be used:", problems, false));
    this.messageTh = describe("ใช้โฟลเดอร์บันทึก " + folder + " ไม่ได้:", problems, true);
    this.problems = List.copyOf(problems);
  }

  RecordsFolderException(String messageTh, String messageEn, Throwable cause) {
    super(messageEn, cause);
    this.messageTh = messageTh;
    this.problems = List.of();
  }

  /** The same message in Thai. */
  public String messageTh() {
    return messageTh;
  }

  /** Every problem found, errors and warnings, in the order of the files and their lines. */
  public List<RecordsFileProblem> problems() {
    return problems;
  }

  private static String describe(String head, List<RecordsFileProblem> problems, boolean thai) {
    StringBuilder out = new StringBuilder(head);
    for (RecordsFileProblem p : problems) {
      out.append('\n').append("  ").append(thai ? p.describeTh() : p.describeEn());
    }
    return out.toString();
  }
}
