package th.km.core.textimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;

/**
 * The seats of a KM committee, working group (คณะทำงาน) or team (ทีมงาน, KM Team) written one per
 * line with the role at the end ("๑. นายสมชาย ใจดี ปลัดเทศบาล ประธานคณะทำงาน"), or as a table
 * whose header names the person, the position and the role in the body ("ชื่อ-สกุล", "ตำแหน่ง",
 * "หน้าที่ในคณะทำงาน"), and the role a seat's words name.
 */
final class CommitteeSeats {

  /** The columns of a committee table. */
  enum Field {
    NUMBER,
    NAME,
    POSITION,
    ROLE
  }

  private static final List<Columns.Key<Field>> KEYS =
      List.of(
          new Columns.Key<>(
              Field.NUMBER, c -> c.equals("ลำดับ") || c.equals("ที่") || c.equals("ลำดับที่")),
          new Columns.Key<>(
              Field.ROLE,
              c ->
                  c.contains("บทบาท")
                      || c.contains("หน้าที่")
                      || c.contains("ตำแหน่งในคณะ")
                      || c.contains("ตำแหน่งในทีม")
                      || c.startsWith("เป็น")),
          new Columns.Key<>(Field.NAME, c -> c.startsWith("ชื่อ")),
          new Columns.Key<>(Field.POSITION, c -> c.startsWith("ตำแหน่ง")));

  /** A seat's role written as a word of its own after the holder. */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?:รอง)?ประธาน(?:กรรมการ|คณะกรรมการ|คณะทำงาน|ทีมงาน)?"
              + "|หัวหน้า(?:ทีม|ทีมงาน|คณะทำงาน|คณะกรรมการ)"
              + "|(?:กรรมการ|คณะทำงาน|ทีมงาน|สมาชิก)(?:และ(?:ผู้ช่วย)?เลขานุการ)?"
              + "|(?:ผู้ช่วย)?เลขานุการ(?:คณะทำงาน|คณะกรรมการ)?"
              + "|ที่ปรึกษา(?:คณะทำงาน)?");

  private CommitteeSeats() {}

  /** The role the words name, if any. */
  static Optional<CommitteeRole> roleOf(String words) {
    if (words.contains("ผู้บริหารด้านการจัดการความรู้")
        || words.contains("ผู้บริหารสูงสุดด้านการจัดการความรู้")
        || words.contains("Chief Knowledge")
        || words.contains("CKO")) {
      return Optional.of(CommitteeRole.CKO);
    }
    if (words.contains("ผู้ช่วยเลขานุการ")) {
      return Optional.of(CommitteeRole.MEMBER);
    }
    if (words.contains("เลขานุการ")) {
      return Optional.of(CommitteeRole.SECRETARY);
    }
    if (words.contains("รองประธาน")) {
      return Optional.of(CommitteeRole.MEMBER);
    }
    if (words.contains("ประธาน")
        || words.contains("หัวหน้าคณะ")
        || words.contains("หัวหน้าทีม")) {
      return Optional.of(CommitteeRole.CHAIR);
    }
    if (words.contains("กรรมการ")
        || words.contains("คณะทำงาน")
        || words.contains("ทีมงาน")
        || words.contains("สมาชิก")
        || words.contains("ที่ปรึกษา")) {
      return Optional.of(CommitteeRole.MEMBER);
    }
    return Optional.empty();
  }

  /**
   * A seat written on one line with its role last: the last cell or the last word is a role word
   * and what comes before names a person or a position.
   */
  static Optional<CommitteeMember> seatLine(SourceLine line, String text) {
    List<String> cells = line.filledCells();
    String holder;
    String role;
    if (cells.size() >= 2 && ROLE_WORD.matcher(Text.squeeze(cells.getLast())).matches()) {
      role = cells.getLast();
      holder = text.substring(0, text.lastIndexOf(role));
    } else {
      int space = text.lastIndexOf(' ');
      if (space < 0 || !ROLE_WORD.matcher(text.substring(space + 1)).matches()) {
        return Optional.empty();
      }
      role = text.substring(space + 1);
      holder = text.substring(0, space);
    }
    return member(holder, role);
  }

  /** The columns of a committee table, when the line is its header. */
  static Optional<Columns<Field>> header(SourceLine line) {
    if (!TableRows.mayBeHeader(line)) {
      return Optional.empty();
    }
    Columns<Field> columns = Columns.read(line, Field.class, KEYS);
    return columns.has(Field.NAME) && columns.has(Field.ROLE)
        ? Optional.of(columns)
        : Optional.empty();
  }

  /** A row of a committee table as a seat, when its role cell names a role. */
  static Optional<CommitteeMember> tableRow(SourceLine line, Columns<Field> columns) {
    String name = columns.cell(line, Field.NAME).orElse("");
    String position = columns.cell(line, Field.POSITION).orElse("");
    String role = columns.cell(line, Field.ROLE).orElse("");
    Optional<CommitteeRole> r = roleOf(role);
    if (r.isEmpty() || (name.isEmpty() && position.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new CommitteeMember(r.get(), nonBlank(name), nonBlank(position), role));
  }

  private static Optional<CommitteeMember> member(String holderText, String roleText) {
    String cleaned = Text.trim(holderText);
    Optional<CommitteeRole> role = roleOf(roleText);
    People.Holder holder = People.read(cleaned);
    if (role.isEmpty() || holder.person().isEmpty() || holder.position().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CommitteeMember(role.get(), holder.person(), holder.position(), Text.trim(roleText)));
  }

  private static Optional<String> nonBlank(String s) {
    String t = Text.trim(s);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
