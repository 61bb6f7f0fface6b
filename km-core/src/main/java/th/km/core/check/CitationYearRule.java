package th.km.core.check;

import static th.km.core.check.TextTools.quote;
import static th.km.core.check.TextTools.squeeze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.ThaiDigits;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.Citation;
import th.km.core.plan.KmPlan;

/**
 * {@link FindingCode#INCONSISTENT_YEAR}: one law or regulation cited with different years, or a
 * well-known one cited with a year it does not have. Reads the plan's citations and, for the
 * well-known references, every text as well, so that a citation the importer missed still counts.
 */
final class CitationYearRule implements PlanRule {

  /** References every KM plan cites, with the year they were enacted. */
  private static final Map<String, KnownReference> KNOWN = known();

  private record KnownReference(String title, String english, int year) {}

  private record Cite(String title, int year, String yearText, FindingLocation location) {}

  private static Map<String, KnownReference> known() {
    Map<String, KnownReference> m = new LinkedHashMap<>();
    for (KnownReference r :
        List.of(
            new KnownReference(
                "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี",
                "the Royal Decree on Good Governance",
                2546),
            new KnownReference("พระราชบัญญัติเทศบาล", "the Municipality Act", 2496),
            new KnownReference(
                "พระราชบัญญัติข้อมูลข่าวสารของราชการ", "the Official Information Act", 2540),
            new KnownReference(
                "พระราชบัญญัติระเบียบบริหารงานบุคคลส่วนท้องถิ่น",
                "the Local Personnel Administration Act",
                2542))) {
      m.put(squeeze(r.title()), r);
    }
    return Map.copyOf(m);
  }

  private static final Pattern YEAR =
      Pattern.compile("^\\s*พ\\s*\\.?\\s*ศ\\s*\\.?\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    Map<String, List<Cite>> byTitle = new LinkedHashMap<>();
    for (Citation c : plan.citations()) {
      add(byTitle, new Cite(c.title(), c.buddhistYear(), c.yearText(), FindingLocation.of(c.location())));
    }
    // The texts are read only for well-known references the plan's citations lack, so that a
    // citation the importer missed still counts and one it kept is not counted twice.
    for (PlanText t : texts) {
      if (t.field().en().equals("citation")) {
        continue;
      }
      for (KnownReference r : KNOWN.values()) {
        if (plan.citations().stream().anyMatch(c -> squeeze(c.title()).equals(squeeze(r.title())))) {
          continue;
        }
        for (int at = t.text().indexOf(r.title()); at >= 0; at = t.text().indexOf(r.title(), at + 1)) {
          Matcher m = YEAR.matcher(t.text().substring(at + r.title().length()));
          OptionalInt year = m.find() ? ThaiDigits.parseInt(m.group(1)) : OptionalInt.empty();
          if (year.isPresent()) {
            add(byTitle, new Cite(r.title(), year.getAsInt(), m.group().strip(), t.location()));
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    byTitle.forEach((key, cites) -> check(key, cites).ifPresent(findings::add));
    return findings;
  }

  private static void add(Map<String, List<Cite>> byTitle, Cite cite) {
    List<Cite> cites = byTitle.computeIfAbsent(squeeze(cite.title()), k -> new ArrayList<>());
    boolean duplicate =
        cites.stream()
            .anyMatch(
                c -> c.year() == cite.year() && c.location().section().equals(cite.location().section()));
    if (!duplicate) {
      cites.add(cite);
    }
  }

  private static Optional<Finding> check(String key, List<Cite> cites) {
    TreeSet<Integer> years = new TreeSet<>();
    cites.forEach(c -> years.add(c.year()));
    Optional<KnownReference> known = Optional.ofNullable(KNOWN.get(key));
    boolean wrongYear = known.isPresent() && !(years.size() == 1 && years.first() == known.get().year());
    if (years.size() < 2 && !wrongYear) {
      return Optional.empty();
    }
    String title = cites.get(0).title();
    List<String> placesEn = new ArrayList<>();
    List<String> placesTh = new ArrayList<>();
    for (Cite c : cites) {
      placesEn.add(c.yearText() + " in " + c.location());
      placesTh.add(c.yearText() + " (" + c.location().toThai() + ")");
    }
    String rightEn =
        known.map(k -> "; " + k.english() + " is of B.E. " + k.year()).orElse("; use one year throughout");
    String rightTh =
        known.map(k -> " ที่ถูกต้องคือ พ.ศ. " + ThaiDigits.toThai(String.valueOf(k.year())))
            .orElse(" ควรใช้ปีเดียวกันทุกแห่ง");
    Cite first =
        cites.stream()
            .filter(c -> known.map(k -> c.year() != k.year()).orElse(false))
            .findFirst()
            .orElse(cites.get(0));
    return Optional.of(
        Finding.error(
            FindingCode.INCONSISTENT_YEAR,
            first.location(),
            quote(title) + (years.size() > 1 ? " อ้างปีต่างกัน: " : " อ้างปีไม่ถูกต้อง: ") + String.join(", ", placesTh) + rightTh,
            quote(title) + " is cited with " + (years.size() > 1 ? "different years" : "the wrong year")
                + ": " + String.join(", ", placesEn) + rightEn));
  }
}
