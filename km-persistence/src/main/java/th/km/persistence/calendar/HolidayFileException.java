package th.km.persistence.calendar;

import java.util.List;
import th.km.core.calendar.HolidayFileProblem;
import th.km.persistence.PersistenceException;

/**
 * A holiday file that could not be used: missing, unreadable, or with problems in its lines. The
 * message names the file, each bad line and what is wrong with it, in English; {@link #messageTh()}
 * says the same in Thai.
 */
public final class HolidayFileException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  private final String messageTh;
  private final List<HolidayFileProblem> problems;

  HolidayFileException(String messageTh, String messageEn, Throwable cause) {
    super(messageEn, cause);
    this.messageTh = messageTh;
    this.problems = List.of();
  }

  HolidayFileException(String sourceName, List<HolidayFileProblem> problems) {
    super(describe("holiday file " + sourceName + " cannot be used:", problems, false));
    this.messageTh = describe("ใช้ไฟล์วันหยุด " + sourceName + " ไม่ได้:", problems, true);
    this.problems = List.copyOf(problems);
  }

  /** The same message in Thai. */
  public String messageTh() {
    return messageTh;
  }

  /** The problems found in the file's lines; empty when the file could not be read at all. */
  public List<HolidayFileProblem> problems() {
    return problems;
  }

  private static String describe(String head, List<HolidayFileProblem> problems, boolean thai) {
    StringBuilder out = new StringBuilder(head);
    for (HolidayFileProblem p : problems) {
      out.append('\n').append("  ").append(thai ? p.describeTh() : p.describeEn());
    }
    return out.toString();
  }
}
