package th.km.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves a responsible text (ผู้รับผิดชอบ) of a plan activity against the plan: which divisions,
 * heads or staff of divisions, committees and positions it names, and which parts name nothing the
 * plan knows.
 *
 * <p>Texts are compared with white space removed, because a PDF puts spaces inside words ("สำนัก
 * ปลัดเทศบาล"). The text is split at "/" and ","; "สำนัก/กอง" stays one word, since it means every
 * division, whether สำนัก or กอง.
 */
public final class Responsibles {

  private static final String EVERY_DIVISION_WORD = "สำนัก/กอง";
  private static final String PROTECTED = "\u0001";
  private static final Pattern SEPARATOR = Pattern.compile("[/,;，、]+");

  private static final String KIND = "(สำนัก/กอง|กอง/สำนัก|ส่วนราชการ|หน่วยงาน|กอง|สำนัก)";
  private static final Pattern EVERY_BEFORE = Pattern.compile("^(?:ครบ)?(?:ทุก|แต่ละ)" + KIND + "$");
  private static final Pattern EVERY_AFTER =
      Pattern.compile("^" + KIND + "(?:ทุก\\1|ทุกแห่ง|ทุกหน่วย|ทุกส่วน|แต่ละแห่ง)$");

  /** Words before a division that make the party its heads, longest first. */
  private static final List<String> HEAD_WORDS =
      List.of("หัวหน้าส่วนราชการ", "ผู้อำนวยการ", "หัวหน้า", "ผอ.");

  /** Words before a division that make the party its staff, longest first. */
  private static final List<String> STAFF_WORDS =
      List.of("พนักงานเทศบาล", "พนักงานจ้าง", "เจ้าหน้าที่", "ข้าราชการ", "บุคลากร", "พนักงาน");

  /** What may follow a group word and still mean every division. */
  private static final List<String> WHOLE_ORGANIZATION = List.of("", "ในสังกัด", "ทุกคน");

  private Responsibles() {}

  /** Resolves the text against the plan's divisions, committees and positions. */
  public static ResolvedResponsible resolve(String text, KmPlan plan) {
    String squeezed = squeeze(text).replace(EVERY_DIVISION_WORD, PROTECTED);
    List<ResponsibleParty> parties = new ArrayList<>();
    for (String raw : SEPARATOR.split(squeezed)) {
      String part = raw.replace(PROTECTED, EVERY_DIVISION_WORD);
      if (!part.isEmpty()) {
        parties.addAll(resolvePart(part, plan));
      }
    }
    return new ResolvedResponsible(text, parties);
  }

  private static List<ResponsibleParty> resolvePart(String part, KmPlan plan) {
    Optional<ResponsibleParty> single = resolveSingle(part, plan);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    // "กองคลังและกองช่าง": split at "และ" only where both sides resolve, because "และ" also sits
    // inside names such as "กองสาธารณสุขและสิ่งแวดล้อม".
    for (int at = part.indexOf("และ"); at > 0; at = part.indexOf("และ", at + 1)) {
      List<ResponsibleParty> left = resolvePart(part.substring(0, at), plan);
      List<ResponsibleParty> right = resolvePart(part.substring(at + 3), plan);
      if (Stream.concat(left.stream(), right.stream())
          .noneMatch(ResponsibleParty.Unknown.class::isInstance)) {
        List<ResponsibleParty> both = new ArrayList<>(left);
        both.addAll(right);
        return both;
      }
    }
    return List.of(new ResponsibleParty.Unknown(part));
  }

  private static Optional<ResponsibleParty> resolveSingle(String part, KmPlan plan) {
    String original = part;
    Optional<List<Division>> every = everyDivision(part, plan);
    if (every.isPresent()) {
      return Optional.of(new ResponsibleParty.Divisions(original, every.get(), true));
    }
    Optional<Division> division = division(part, plan);
    if (division.isPresent()) {
      return Optional.of(
          new ResponsibleParty.Divisions(original, List.of(division.get()), false));
    }
    for (String word : HEAD_WORDS) {
      if (part.startsWith(word)) {
        Optional<Group> group = group(part.substring(word.length()), plan);
        if (group.isPresent()) {
          return Optional.of(
              new ResponsibleParty.DivisionHeads(original, group.get().divisions(), group.get().every()));
        }
      }
    }
    for (String word : STAFF_WORDS) {
      if (part.startsWith(word)) {
        Optional<Group> group = group(part.substring(word.length()), plan);
        if (group.isPresent()) {
          return Optional.of(
              new ResponsibleParty.DivisionStaff(original, group.get().divisions(), group.get().every()));
        }
      }
    }
    Optional<CommitteeKind> committee = committee(part, plan);
    if (committee.isPresent()) {
      return Optional.of(new ResponsibleParty.CommitteeParty(original, committee.get()));
    }
    return position(part, plan)
        .map(
            p ->
                new ResponsibleParty.PositionHolder(
                    original, p, p.division().flatMap(plan::division).stream().toList()));
  }

  private record Group(List<Division> divisions, boolean every) {}

  /** What follows a heads or staff word: nothing, every division, or one division. */
  private static Optional<Group> group(String written, KmPlan plan) {
    String rest = withoutOrganizationName(written, plan);
    String r = rest.startsWith("ใน") && !WHOLE_ORGANIZATION.contains(rest) ? rest.substring(2) : rest;
    if (WHOLE_ORGANIZATION.contains(rest)) {
      return Optional.of(new Group(plan.divisions(), true));
    }
    Optional<List<Division>> every = everyDivision(r, plan);
    if (every.isPresent()) {
      return Optional.of(new Group(every.get(), true));
    }
    return division(r, plan).map(d -> new Group(List.of(d), false));
  }

  /** "ทุกสำนัก/กอง", "แต่ละสำนัก/กอง", "กองทุกกอง", "ทุกส่วนราชการ": the divisions of that kind. */
  private static Optional<List<Division>> everyDivision(String part, KmPlan plan) {
    Matcher m = EVERY_BEFORE.matcher(part);
    if (!m.matches()) {
      m = EVERY_AFTER.matcher(part);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String kind = m.group(1);
    if (kind.equals("กอง") || kind.equals("สำนัก")) {
      return Optional.of(
          plan.divisions().stream().filter(d -> squeeze(d.name()).startsWith(kind)).toList());
    }
    return Optional.of(plan.divisions());
  }

  /**
   * A division by its name; "สำนักปลัด…" in any of its lengths names the clerk's office; a section
   * ("งานการเจ้าหน้าที่ สำนักปลัดเทศบาล") names the division it ends with.
   */
  private static Optional<Division> division(String part, KmPlan plan) {
    for (Division d : plan.divisions()) {
      if (sameName(part, d.name(), plan)) {
        return Optional.of(d);
      }
    }
    if (part.startsWith("สำนักปลัด")) {
      String shortForm = part.replace("ฯ", "");
      Optional<Division> office =
          plan.divisions().stream().filter(d -> squeeze(d.name()).startsWith("สำนักปลัด")).findFirst();
      if (office.isPresent()) {
        String name = squeeze(office.get().name());
        if (name.startsWith(shortForm) || sameName(part, name, plan)) {
          return office;
        }
      }
    }
    if (part.startsWith("งาน") || part.startsWith("ฝ่าย")) {
      return plan.divisions().stream()
          .filter(d -> part.endsWith(squeeze(d.name())) || part.endsWith(squeeze(d.name()) + "ฯ"))
          .findFirst();
    }
    return Optional.empty();
  }

  private static Optional<CommitteeKind> committee(String part, KmPlan plan) {
    for (Committee c : plan.committees()) {
      String name = squeeze(c.name());
      String kindName = squeeze(c.kind().thaiName());
      if (part.equals(name)
          || part.equals(kindName)
          || (part.startsWith("คณะกรรมการ") && part.length() > "คณะกรรมการ".length() && name.startsWith(part))) {
        return Optional.of(c.kind());
      }
    }
    return Optional.empty();
  }

  /**
   * A position the plan lists, a position a committee seat names, or the head (นายก) or clerk (ปลัด)
   * every organization of the type has.
   */
  private static Optional<Position> position(String part, KmPlan plan) {
    for (Position p : plan.positions()) {
      if (sameName(part, p.title(), plan)) {
        return Optional.of(p);
      }
    }
    for (Committee c : plan.committees()) {
      for (CommitteeMember m : c.members()) {
        if (m.position().filter(t -> sameName(part, t, plan)).isPresent()) {
          return Optional.of(Position.of(m.position().get()));
        }
      }
    }
    OrganizationType type = plan.organization().type();
    for (String title : List.of(type.headTitle(), type.clerkTitle())) {
      if (sameName(part, title, plan)) {
        return Optional.of(Position.of(title));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the part is the name, possibly followed by the organization's name or its tail:
   * "ปลัดเทศบาลตำบลบ้านแหวน" is the clerk "ปลัดเทศบาล", "สำนักปลัดเทศบาลตำบลบ้านแหวน" the office.
   */
  private static boolean sameName(String part, String name, KmPlan plan) {
    String n = squeeze(name);
    if (part.equals(n)) {
      return true;
    }
    if (!part.startsWith(n)) {
      return false;
    }
    String rest = part.substring(n.length());
    String full = squeeze(plan.organization().fullName());
    String proper = squeeze(plan.organization().name());
    return withoutOrganizationName(rest, plan).isEmpty()
        || (rest.length() >= proper.length() && full.endsWith(rest));
  }

  /** The text without a trailing "เทศบาลตำบลบ้านแหวน", "ของ…" or "ใน…" it. */
  private static String withoutOrganizationName(String text, KmPlan plan) {
    String full = squeeze(plan.organization().fullName());
    for (String suffix : List.of("ของ" + full, "ใน" + full, full)) {
      if (text.endsWith(suffix)) {
        return text.substring(0, text.length() - suffix.length());
      }
    }
    return text;
  }

  static String squeeze(String text) {
    // Names are mostly written without spaces: then the text itself, without a copy.
    int at = 0;
    while (at < text.length() && !dropped(text.charAt(at))) {
      at++;
    }
    if (at == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!dropped(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether squeezing drops the character: white space and zero-width spaces. */
  private static boolean dropped(char c) {
    return Character.isWhitespace(c) || c == '\u200B';
  }
}
