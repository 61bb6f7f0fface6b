package th.km.core.check;

import static th.km.core.check.TextTools.quote;
import static th.km.core.check.TextTools.squeeze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import th.km.core.EditDistance;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.NameMention;
import th.km.core.plan.Organization;

/**
 * {@link FindingCode#ORG_NAME_VARIANT}: the organization named otherwise than it announces itself
 * (บ้านหวาน for บ้านแหวน), a Latin name that does not spell the Thai one, and goal titles whose
 * repeated halves name it differently.
 */
final class OrganizationNameRule implements PlanRule {

  /** Words of the Latin type name, dropped before the proper names are compared. */
  private static final Pattern LATIN_TYPE_WORDS =
      Pattern.compile(
          "\\b(SUBDISTRICT|MUNICIPALITY|TOWN|CITY|ADMINISTRATIVE|ORGANI[SZ]ATION|PROVINCIAL|TAMBON|"
              + "SAO|PAO|THE|OF)\\b");

  /** How far a word may be from the name and still be a misspelling of it rather than another. */
  private static final int NEAR_MISS = 2;

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    Organization org = plan.organization();
    String canonical = org.fullName();
    List<Finding> findings = new ArrayList<>();
    Set<String> thaiVariants = new LinkedHashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (NameMention m : plan.nameMentions()) {
      if (isLatin(m.text())) {
        continue;
      }
      if (namesTheOrganization(m.text(), org)) {
        continue;
      }
      String variant = variantName(m.text(), org).orElse(m.text().strip());
      thaiVariants.add(variant);
      FindingLocation at = FindingLocation.of(m.location());
      if (reported.add(at + "|" + variant)) {
        findings.add(thaiVariant(variant, canonical, at, m.location().toString()));
      }
    }
    for (PlanText t : texts) {
      boolean goalTitle = t.location().goal().isPresent() && t.location().activity().isEmpty();
      if (goalTitle || t.field().en().equals("organization name")) {
        // Mentions are checked above and goal titles below, each once.
        continue;
      }
      for (String variant : nearMissesIn(t.text(), org)) {
        thaiVariants.add(variant);
        if (reported.add(t.location() + "|" + variant)) {
          findings.add(thaiVariant(variant, canonical, t.location(), t.field().en() + " of " + t.location()));
        }
      }
    }
    for (NameMention m : plan.nameMentions()) {
      if (isLatin(m.text())) {
        latinMention(m, org, thaiVariants).ifPresent(findings::add);
      }
    }
    for (KmGoal g : plan.goals()) {
      goalTitles(g, org).ifPresent(findings::add);
    }
    return findings;
  }

  private static Finding thaiVariant(String variant, String canonical, FindingLocation at, String whereEn) {
    return Finding.warning(
        FindingCode.ORG_NAME_VARIANT,
        at,
        "ชื่อองค์กรเขียนว่า " + quote(variant) + " (" + at.toThai() + ") แต่ชื่อที่ประกาศคือ "
            + quote(canonical),
        "the organization is named " + quote(variant) + " in " + whereEn
            + ", but its announced name is " + quote(canonical));
  }

  /** A Thai mention is fine when it starts with, or holds, the announced name or the proper name. */
  private static boolean namesTheOrganization(String text, Organization org) {
    String s = squeeze(text);
    String full = squeeze(org.fullName());
    String name = squeeze(org.name());
    if (s.startsWith(full) || s.startsWith(name)) {
      return true;
    }
    String type = squeeze(org.type().thaiName());
    int at = s.indexOf(type);
    return at >= 0 ? s.startsWith(name, at + type.length()) : s.contains(full);
  }

  /** "เทศบาลตำบลบ้านหวาน" from "เทศบาลตำบลบ้านหวาน จังหวัดเชียงใหม่": the type and the word after it. */
  private static Optional<String> variantName(String text, Organization org) {
    String type = org.type().thaiName();
    int at = text.indexOf(type);
    if (at < 0) {
      return Optional.empty();
    }
    String word = wordAt(text, at + type.length());
    return word.isEmpty() ? Optional.empty() : Optional.of(type + word);
  }

  /**
   * Names in a text that look like the organization's but are spelt otherwise: the type prefix
   * followed by a word within {@value #NEAR_MISS} edits of the proper name. Other organizations
   * (a study visit to another municipality) are further off and are left alone.
   */
  private static List<String> nearMissesIn(String text, Organization org) {
    String type = org.type().thaiName();
    String name = org.name();
    List<String> found = new ArrayList<>();
    for (int at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + 1)) {
      String word = wordAt(text, at + type.length());
      if (word.isEmpty() || word.startsWith(name)) {
        continue;
      }
      String head = word.substring(0, Math.min(word.length(), name.length()));
      if (EditDistance.between(head, name) <= NEAR_MISS) {
        found.add(type + head);
      }
    }
    return found;
  }

  /**
   * A Latin name is held against the RTGS romanisation of the Thai name, not only against the
   * declared English name: an imported plan declares whatever its cover says, so a cover that
   * spells a misspelt Thai name ("BAAN WAN" for บ้านหวาน) would otherwise pass unseen.
   */
  private static Optional<Finding> latinMention(
      NameMention m, Organization org, Set<String> thaiVariants) {
    String proper = properLatin(m.text());
    String romanised = Romanizer.romanize(org.name());
    if (proper.isEmpty() || Romanizer.key(proper).equals(Romanizer.key(romanised))) {
      return Optional.empty();
    }
    String matchEn = "";
    String matchTh = "";
    for (String variant : thaiVariants) {
      String properVariant = variant.startsWith(org.type().thaiName())
          ? variant.substring(org.type().thaiName().length())
          : variant;
      String romanized = Romanizer.romanize(properVariant);
      if (Romanizer.key(romanized).equals(Romanizer.key(proper))) {
        matchEn = "; it spells the misspelling " + quote(properVariant) + " (" + romanized + ")";
        matchTh = " แต่ตรงกับชื่อที่สะกดผิด " + quote(properVariant) + " (" + romanized + ")";
        break;
      }
    }
    boolean declared =
        org.englishName()
            .map(e -> Romanizer.key(properLatin(e)).equals(Romanizer.key(proper)))
            .orElse(false);
    FindingLocation at = FindingLocation.of(m.location());
    String th =
        "ชื่อภาษาอังกฤษ " + quote(m.text()) + " (" + at.toThai() + ") ไม่ตรงกับ " + quote(org.name())
            + " ซึ่งถอดเป็นอักษรโรมันตามหลักราชบัณฑิตยสภาได้ " + quote(romanised) + matchTh;
    String en =
        "the Latin name " + quote(m.text()) + " in " + at + " does not match " + quote(org.name())
            + ", romanised " + quote(romanised) + " (RTGS)" + matchEn;
    // An official English name may depart from RTGS on purpose; only a match with a misspelt
    // Thai name, or an undeclared name, is likely a mistake.
    return Optional.of(
        declared && matchEn.isEmpty()
            ? Finding.info(FindingCode.ORG_NAME_VARIANT, at, th, en)
            : Finding.warning(FindingCode.ORG_NAME_VARIANT, at, th, en));
  }

  /** Each wording of a goal's title that names the organization otherwise, in one finding. */
  private static Optional<Finding> goalTitles(KmGoal g, Organization org) {
    List<String> wordings = new ArrayList<>();
    wordings.add(g.title());
    wordings.addAll(g.titleVariants());
    Set<String> wrong = new LinkedHashSet<>();
    for (String w : wordings) {
      String type = org.type().thaiName();
      for (int at = w.indexOf(type); at >= 0; at = w.indexOf(type, at + 1)) {
        String word = wordAt(w, at + type.length());
        if (!word.isEmpty() && !word.startsWith(org.name())) {
          wrong.add(type + word);
        }
      }
    }
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    String listed = String.join(" / ", wrong.stream().map(TextTools::quote).toList());
    String repeated = g.titleVariants().isEmpty() ? "" : " (where the table continues on the next page too)";
    String repeatedTh = g.titleVariants().isEmpty() ? "" : " (รวมถึงในหน้าที่ตารางต่อเนื่อง)";
    return Optional.of(
        Finding.warning(
            FindingCode.ORG_NAME_VARIANT,
            FindingLocation.goal(g.number()),
            "ชื่อเป้าหมาย KM ที่ " + g.number() + " เรียกองค์กรว่า " + listed + repeatedTh
                + " แต่ชื่อองค์กรคือ " + quote(org.fullName()),
            "the title of goal " + g.number() + " names the organization " + listed + repeated
                + ", but its name is " + quote(org.fullName())));
  }

  /** The run of non-space characters at {@code at}, skipping spaces first. */
  private static String wordAt(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
      i++;
    }
    return text.substring(start, i);
  }

  private static boolean isLatin(String text) {
    boolean latin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0E00' && c <= '\u0E7F') {
        return false;
      }
      latin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    return latin;
  }

  /** The Latin proper name: before any comma, without the type words, upper case. */
  private static String properLatin(String latin) {
    String upper = latin.split(",", 2)[0].toUpperCase(Locale.ROOT);
    return LATIN_TYPE_WORDS.matcher(upper).replaceAll(" ").strip().replaceAll("\\s+", " ");
  }
}
