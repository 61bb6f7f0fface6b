package th.km.core.textimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.RoleDuties;

/**
 * Reads the two committees: the KM committee as numbered roles ("๑. ผู้บริหารด้านการจัดการความรู้ …
 * ได้แก่ …") with dash-listed duties, and the monitoring-and-evaluation committee as a table of
 * seats ("ปลัดเทศบาล… เป็น ประธานกรรมการ") followed by its remit.
 */
final class CommitteeReader {

  /** A committee read from the text, with the remit paragraph's line when it has one. */
  record Read(Committee committee, Optional<SourceLine> remitLine) {}

  private static final Pattern SEAT_WITHOUT_TABS =
      Pattern.compile("^(.+?)\\s+เป็น\\s*(\\S*(?:ประธาน|กรรมการ|เลขานุการ)\\S*)$");
  private static final Pattern M_AND_E_NAME =
      Pattern.compile("คณะกรรมการติดตามและประเมินผล" + Text.THAI_LETTER + "*");

  private CommitteeReader() {}

  /**
   * Reads a KM committee, working group or team: numbered roles with their holders ("๒.
   * หัวหน้าคณะกรรมการ… ได้แก่ …") and member lists, seats written one per line with the role last,
   * or a table of name, position and role; dash-listed duties go to the role above them, or to the
   * body as a whole when its seats carry their own roles.
   */
  static Optional<Read> readKm(Region region, Issues issues, Narrative narrative) {
    String name = bodyName(region.headingText());
    List<CommitteeMember> members = new ArrayList<>();
    Map<CommitteeRole, List<String>> duties = new LinkedHashMap<>();
    List<String> intro = new ArrayList<>();
    List<String> bodyDuties = new ArrayList<>();
    @Nullable CommitteeRole role = null;
    String roleText = "";
    int roleNumber = 0;
    boolean listsMembers = false;
    Optional<Columns<CommitteeSeats.Field>> table = Optional.empty();
    for (SourceLine line : region.filled()) {
      Optional<Columns<CommitteeSeats.Field>> header = CommitteeSeats.header(line);
      if (header.isPresent()) {
        table = header;
        continue;
      }
      if (table.isPresent() && line.isTableRow()) {
        Optional<CommitteeMember> seat = CommitteeSeats.tableRow(line, table.get());
        if (seat.isPresent()) {
          members.add(seat.get());
        } else {
          issues.notUnderstood(line, "คณะกรรมการจัดการความรู้", "KM committee");
        }
        continue;
      }
      String c = Text.trim(Text.withoutBold(String.join(" ", line.filledCells())));
      boolean ownRoles = role == null && !members.isEmpty();
      if (isDash(c)) {
        if (role != null) {
          duties.computeIfAbsent(role, r -> new ArrayList<>()).add(Text.trim(c.substring(1)));
        } else if (ownRoles) {
          bodyDuties.add(c);
        } else {
          issues.notUnderstood(line, "คณะกรรมการจัดการความรู้", "KM committee");
        }
        continue;
      }
      if (isDutiesIntro(c)) {
        if (ownRoles) {
          bodyDuties.add(c);
        } else if (role == null) {
          issues.notUnderstood(line, "คณะกรรมการจัดการความรู้", "KM committee");
        }
        continue;
      }
      Optional<NumberedItems.Numbered> numbered = NumberedItems.parse(c);
      Optional<CommitteeMember> unnumberedSeat =
          numbered.isPresent() || c.contains("ได้แก่")
              ? Optional.empty()
              : CommitteeSeats.seatLine(line, c);
      if (unnumberedSeat.isPresent() && role == null) {
        members.add(unnumberedSeat.get());
        continue;
      }
      if (numbered.isEmpty()) {
        if (role == null) {
          intro.add(c);
        } else {
          issues.notUnderstood(line, "คณะกรรมการจัดการความรู้", "KM committee");
        }
        continue;
      }
      String text = numbered.get().text();
      Optional<CommitteeMember> ownRole =
          text.contains("ได้แก่") ? Optional.empty() : CommitteeSeats.seatLine(line, text);
      if (ownRole.isPresent() && (role == null || !listsMembers || ownRole.get().role() != role)) {
        members.add(ownRole.get());
        role = null;
        continue;
      }
      Optional<CommitteeRole> itemRole =
          roleItem(text, numbered.get().number(), roleNumber, listsMembers);
      if (itemRole.isPresent()) {
        role = itemRole.get();
        roleNumber = numbered.get().number();
        int given = text.indexOf("ได้แก่");
        roleText = Text.trim(given >= 0 ? text.substring(0, given) : text);
        String holder = given >= 0 ? cutDutiesIntro(text.substring(given + "ได้แก่".length())) : "";
        listsMembers = holder.isEmpty();
        if (!holder.isEmpty()) {
          addSeat(members, role, holder, roleText, line, issues);
        }
      } else if (role != null && listsMembers) {
        addSeat(members, role, cutDutiesIntro(text), roleText, line, issues);
      } else {
        issues.notUnderstood(line, "คณะกรรมการจัดการความรู้", "KM committee");
      }
    }
    if (!intro.isEmpty()) {
      narrative.add(region.firstLine(), name, intro);
    }
    if (!bodyDuties.isEmpty()) {
      narrative.add(region.firstLine() + 1, name + " (หน้าที่)", bodyDuties);
    }
    if (members.isEmpty()) {
      issues.error(
          region.firstLine(),
          name,
          "คณะกรรมการจัดการความรู้ไม่มีรายชื่อกรรมการที่อ่านได้",
          "the KM committee lists no seat that can be read");
      return Optional.empty();
    }
    Committee.Builder committee =
        Committee.builder().kind(CommitteeKind.KNOWLEDGE_MANAGEMENT).name(name).members(members);
    duties.forEach((r, list) -> committee.addDuties(new RoleDuties(r, list)));
    return Optional.of(new Read(committee.build(), Optional.empty()));
  }

  /**
   * A numbered line is a new role when it does not start with a person and names a role; inside a
   * list of members it must also give its holder ("ได้แก่") or carry the next role number, since
   * member lists number their own seats from one.
   */
  private static Optional<CommitteeRole> roleItem(
      String text, int number, int lastRoleNumber, boolean listsMembers) {
    if (People.startsWithPerson(text)) {
      return Optional.empty();
    }
    int given = text.indexOf("ได้แก่");
    Optional<CommitteeRole> role =
        CommitteeSeats.roleOf(given >= 0 ? text.substring(0, given) : text);
    if (role.isPresent() && listsMembers && given < 0 && number != lastRoleNumber + 1) {
      return Optional.empty();
    }
    return role;
  }

  private static void addSeat(
      List<CommitteeMember> members,
      CommitteeRole role,
      String holderText,
      String roleText,
      SourceLine line,
      Issues issues) {
    People.Holder holder = People.read(holderText);
    if (holder.person().isEmpty() && holder.position().isEmpty()) {
      issues.notUnderstood(line, "คณะกรรมการ", "committee");
      return;
    }
    if (holder.position().isEmpty()) {
      issues.warning(
          line.number(),
          line.content(),
          "กรรมการคนนี้ไม่มีตำแหน่ง",
          "this committee seat names no position");
    }
    members.add(new CommitteeMember(role, holder.person(), holder.position(), roleText));
  }

  static Optional<Read> readMonitoring(Region region, Issues issues, Narrative narrative) {
    List<CommitteeMember> members = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    Optional<SourceLine> remit = Optional.empty();
    Optional<String> name = Optional.empty();
    for (SourceLine line : region.allLines()) {
      Matcher m = M_AND_E_NAME.matcher(line.content());
      if (m.find()) {
        name = Optional.of(withoutRunOn(m.group()));
        break;
      }
    }
    for (SourceLine line : region.filled()) {
      Optional<CommitteeMember> seat = seat(line);
      if (seat.isPresent()) {
        if (remit.isPresent()) {
          issues.warning(
              line.number(),
              line.content(),
              "รายชื่อกรรมการอยู่หลังย่อหน้าอำนาจหน้าที่",
              "a committee seat follows the committee's remit");
        }
        members.add(seat.get());
      } else if (!members.isEmpty() && remit.isEmpty() && !line.isTableRow()) {
        remit = Optional.of(line);
      } else if (line.isTableRow()) {
        issues.notUnderstood(line, "คณะกรรมการติดตามและประเมินผล", "monitoring committee");
      } else {
        prose.add(line.content());
      }
    }
    narrative.add(region.firstLine(), region.headingText(), prose);
    if (members.isEmpty()) {
      issues.warning(
          region.firstLine(),
          region.headingText(),
          "ไม่พบรายชื่อคณะกรรมการติดตามและประเมินผล",
          "no monitoring-and-evaluation committee seats found");
      return Optional.empty();
    }
    if (name.isEmpty()) {
      issues.info(
          region.firstLine(),
          region.headingText(),
          "แผนไม่ได้เขียนชื่อคณะกรรมการ จึงใช้ชื่อมาตรฐาน \""
              + CommitteeKind.MONITORING_AND_EVALUATION.thaiName()
              + "\"",
          "the plan does not name the committee; the standard name is used");
    }
    Committee committee =
        Committee.builder()
            .kind(CommitteeKind.MONITORING_AND_EVALUATION)
            .name(name.orElse(CommitteeKind.MONITORING_AND_EVALUATION.thaiName()))
            .members(members)
            .remit(remit.map(SourceLine::content))
            .build();
    return Optional.of(new Read(committee, remit));
  }

  /** A seat row: "position\tเป็น\trole", or the same with spaces, possibly numbered. */
  private static Optional<CommitteeMember> seat(SourceLine line) {
    String holderText;
    String roleText;
    List<String> cells = line.filledCells();
    if (cells.size() >= 2 && CommitteeSeats.roleOf(cells.getLast()).isPresent()) {
      roleText = cells.getLast();
      holderText =
          String.join(
              " ",
              cells.subList(0, cells.size() - 1).stream().filter(c -> !c.equals("เป็น")).toList());
    } else {
      Matcher m = SEAT_WITHOUT_TABS.matcher(line.content());
      if (!m.matches()) {
        return Optional.empty();
      }
      holderText = m.group(1);
      roleText = m.group(2);
    }
    holderText =
        NumberedItems.parse(holderText).map(NumberedItems.Numbered::text).orElse(holderText);
    if (holderText.endsWith(" เป็น")) {
      holderText = Text.trim(holderText.substring(0, holderText.length() - " เป็น".length()));
    }
    Optional<CommitteeRole> role = CommitteeSeats.roleOf(roleText);
    People.Holder holder = People.read(holderText);
    if (role.isEmpty() || (holder.person().isEmpty() && holder.position().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new CommitteeMember(role.get(), holder.person(), holder.position(), roleText));
  }

  /**
   * The committee's name from its heading, without a part number or "การแต่งตั้ง" (appointment of)
   * before it or the organization's name after it, so that activities can name the body as plans
   * do.
   */
  static String bodyName(String heading) {
    String name = Headings.withoutPartNumber(heading);
    if (name.startsWith("การแต่งตั้ง")) {
      name = Text.trim(name.substring("การแต่งตั้ง".length()));
    }
    int org = DocumentReader.firstTypePrefix(name);
    if (org > 0) {
      name = Text.trim(name.substring(0, org));
    }
    return name.endsWith("ของ") ? Text.trim(name.substring(0, name.length() - 3)) : name;
  }

  /** The committee's name without the words Thai runs on after it ("…รายงานผลต่อ…"). */
  private static String withoutRunOn(String name) {
    String base = "คณะกรรมการติดตามและประเมินผล";
    int cut = name.length();
    for (String word : List.of("รายงาน", "มีหน้าที่", "ประกอบด้วย", "ดำเนินการ")) {
      int at = name.indexOf(word, base.length());
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return name.substring(0, cut);
  }

  private static boolean isDash(String c) {
    return c.startsWith("-") || c.startsWith("•") || c.startsWith("–");
  }

  private static boolean isDutiesIntro(String c) {
    return c.startsWith("มีหน้าที่")
        || c.startsWith("หน้าที่และความรับผิดชอบ")
        || c.startsWith("โดยมีหน้าที่");
  }

  /** The holder's text without a duties introduction run on after it ("… มีหน้าที่… ดังนี้"). */
  private static String cutDutiesIntro(String text) {
    int at = text.indexOf("มีหน้าที่");
    return Text.trim(at >= 0 ? text.substring(0, at) : text);
  }
}
