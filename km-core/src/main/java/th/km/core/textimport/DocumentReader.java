package th.km.core.textimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.Citation;
import th.km.core.plan.NameMention;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.SourceLocation;

/**
 * Reads what the whole document says about itself: whose plan it is (type, name, English name,
 * district, province), for which fiscal year, every place it names its own organization and every
 * law it cites.
 */
final class DocumentReader {

  /** The organization as the document names it, and the line it was read from. */
  record Named(OrganizationType type, String name, int line) {}

  /** A district (อำเภอ) and province (จังหวัด) named side by side, without those words. */
  record Place(String district, String province) {}

  /** A found value and the line it was found on. */
  record Found<T>(T value, int line) {}

  /** An organization type written at the start of a text, and how many characters it takes. */
  record TypePrefix(OrganizationType type, int length) {}

  /** The abbreviations plans write for the types ("อบต.หนองบัว", "อบจ. เชียงใหม่"). */
  private static final Map<String, OrganizationType> ABBREVIATIONS =
      Map.of(
          "อบต.", OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION,
          "อบจ.", OrganizationType.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION,
          "ทต.", OrganizationType.SUBDISTRICT_MUNICIPALITY,
          "ทม.", OrganizationType.TOWN_MUNICIPALITY,
          "ทน.", OrganizationType.CITY_MUNICIPALITY);

  private static final Pattern ENGLISH_NAME = Pattern.compile("^[A-Z][A-Z.,'&()\\- ]*[A-Z.)]$");
  private static final Set<String> ENGLISH_TYPE_WORDS =
      Set.of(
          "SUBDISTRICT",
          "MUNICIPALITY",
          "TOWN",
          "CITY",
          "ADMINISTRATIVE",
          "ADMINISTRATION",
          "ORGANIZATION",
          "ORGANISATION",
          "PROVINCIAL",
          "TAMBON",
          "SAO",
          "PAO",
          "OF",
          "THE");
  private static final Pattern DISTRICT_AND_PROVINCE =
      Pattern.compile(
          "อำเภอ\\s*(" + Text.THAI_LETTER + "+)\\s*จังหวัด\\s*(" + Text.THAI_LETTER + "+)");
  private static final Pattern PROVINCE =
      Pattern.compile("(?<![\\u0E00-\\u0E7F])จังหวัด\\s*(" + Text.THAI_LETTER + "+)");
  private static final Pattern FISCAL_YEAR =
      Pattern.compile("ปีงบประมาณ\\s*(?:พ\\s*\\.?\\s*ศ\\s*\\.?)?\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");
  private static final Pattern CITATION =
      Pattern.compile(
          "(?:พระราชกฤษฎีกา|พระราชบัญญัติ|ระเบียบ|ประกาศ|กฎกระทรวง|รัฐธรรมนูญ)"
              + "[^\\s\\t]{1,200}(?: +[^\\s\\t]{1,200}){0,4}?"
              + " *(พ\\s*\\.\\s*ศ\\s*\\.?)\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");
  /** The longest organization name read after its type, in characters. */
  private static final int MAX_NAME = 120;

  private static final Pattern EDITION = Pattern.compile("\\(?ฉบับที่\\s*[0-9๐-๙]+\\)?");
  private static final List<String> NOT_A_TITLE =
      List.of("ปีงบประมาณ", "ประจำปี", "วันที่", "เดือน");

  private DocumentReader() {}

  /**
   * The organization: from the announcement's heading ("ประกาศเทศบาลตำบลบ้านแหวน"), else from the
   * first line that starts with a type prefix and a name, else from the first mention anywhere.
   */
  static Optional<Named> organization(List<Region> regions, List<SourceLine> lines) {
    for (Region r : regions) {
      if (r.kind() == Region.Kind.ANNOUNCEMENT && r.heading().isPresent()) {
        SourceLine h = r.heading().get();
        Optional<Named> n = namedAtStart(Text.trim(h.content().substring("ประกาศ".length())), h);
        if (n.isPresent()) {
          return n;
        }
      }
    }
    for (SourceLine line : lines) {
      for (String cell : line.filledCells()) {
        Optional<Named> n = namedAtStart(cell, line);
        if (n.isPresent()) {
          return n;
        }
      }
    }
    for (SourceLine line : lines) {
      for (OrganizationType type : OrganizationType.values()) {
        int at = line.content().indexOf(type.thaiName());
        if (at >= 0) {
          Optional<Named> n = namedAtStart(line.content().substring(at), line);
          if (n.isPresent()) {
            return n;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The type written at the start of the text, in full or abbreviated. */
  static Optional<TypePrefix> typePrefix(String text) {
    Optional<OrganizationType> full = OrganizationType.fromPrefixOf(text);
    if (full.isPresent()) {
      return Optional.of(new TypePrefix(full.get(), full.get().thaiName().length()));
    }
    for (Map.Entry<String, OrganizationType> a : ABBREVIATIONS.entrySet()) {
      if (text.startsWith(a.getKey())) {
        int end = a.getKey().length();
        while (end < text.length() && text.charAt(end) == ' ') {
          end++;
        }
        return Optional.of(new TypePrefix(a.getValue(), end));
      }
    }
    return Optional.empty();
  }

  /** Where the first organization type is written in the text, full or abbreviated; -1 if none. */
  static int firstTypePrefix(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (typePrefix(text.substring(i)).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Named> namedAtStart(String text, SourceLine line) {
    return typePrefix(text)
        .flatMap(
            prefix -> {
              OrganizationType type = prefix.type();
              String name = Text.leadingThaiRun(text.substring(prefix.length()));
              while (name.startsWith(type.thaiName())) {
                name = name.substring(type.thaiName().length());
              }
              return name.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new Named(type, name, line.number()));
            });
  }

  /**
   * Whether a line only names the organization ("เทศบาลตำบลบ้านแหวน", "เทศบาลตำบลบ้านหวาน
   * จังหวัดเชียงใหม่"), as covers and table pages do.
   */
  static boolean organizationLine(String content) {
    Optional<TypePrefix> type = typePrefix(content);
    if (type.isEmpty()) {
      return false;
    }
    String rest = content.substring(type.get().length());
    String name = Text.leadingThaiRun(rest);
    String after = Text.trim(rest.substring(name.length()));
    return !name.isEmpty()
        && (after.isEmpty() || after.startsWith("อำเภอ") || after.startsWith("จังหวัด"));
  }

  /** The English name line ("BAAN WAN SUBDISTRICT MUNICIPALITY"), as written. */
  static Optional<Found<String>> englishName(List<SourceLine> lines) {
    return lines.stream()
        .filter(DocumentReader::isEnglishName)
        .findFirst()
        .map(l -> new Found<>(l.content(), l.number()));
  }

  private static boolean isEnglishName(SourceLine line) {
    String c = line.content();
    if (!ENGLISH_NAME.matcher(c).matches()) {
      return false;
    }
    String[] words = c.split("\\s+");
    return words.length >= 2
        && Arrays.stream(words).anyMatch(w -> ENGLISH_TYPE_WORDS.contains(w))
        && Arrays.stream(words).anyMatch(w -> !ENGLISH_TYPE_WORDS.contains(w));
  }

  /**
   * The code made of the English name without its type words: "BAAN WAN SUBDISTRICT MUNICIPALITY"
   * gives "baan-wan". Empty when nothing is left.
   */
  static Optional<String> codeFromEnglishName(String englishName) {
    List<String> kept = new ArrayList<>();
    for (String word : englishName.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
      if (!word.isEmpty() && !ENGLISH_TYPE_WORDS.contains(word)) {
        kept.add(word.toLowerCase(Locale.ROOT));
      }
    }
    String code = String.join("-", kept);
    if (code.length() > 40) {
      code = code.substring(0, 40).replaceAll("-+$", "");
    }
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  /** Every district (อำเภอ) and province (จังหวัด) named beside each other, in order. */
  static List<Found<Place>> districtsAndProvinces(List<SourceLine> lines) {
    List<Found<Place>> found = new ArrayList<>();
    for (SourceLine line : lines) {
      Matcher m = DISTRICT_AND_PROVINCE.matcher(line.content());
      while (m.find()) {
        found.add(new Found<>(new Place(m.group(1), m.group(2)), line.number()));
      }
    }
    return found;
  }

  /** Every province named, in order. */
  static List<Found<String>> provinces(List<SourceLine> lines) {
    List<Found<String>> found = new ArrayList<>();
    for (SourceLine line : lines) {
      Matcher m = PROVINCE.matcher(line.content());
      while (m.find()) {
        found.add(new Found<>(m.group(1), line.number()));
      }
    }
    return found;
  }

  /**
   * The fiscal year a line names ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"), if it is one {@link FiscalYear}
   * accepts.
   */
  static Optional<Integer> fiscalYearIn(String text) {
    Matcher m = FISCAL_YEAR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = ThaiDigits.parseInt(m.group(1)).orElseThrow();
    return year >= 2400 && year <= 2700 ? Optional.of(year) : Optional.empty();
  }

  /**
   * Every place a line names the organization: its type prefix and the run of Thai letters after
   * it, as written. A run that starts with the canonical name and goes on without a space is the
   * name followed by other words (Thai writes none between them), so only the name is kept.
   */
  static List<NameMention> mentions(
      List<SourceLine> lines,
      OrganizationType type,
      String canonicalName,
      IntFunction<String> sectionOf) {
    List<NameMention> mentions = new ArrayList<>();
    String prefix = type.thaiName();
    for (SourceLine line : lines) {
      String c = line.content();
      if (isEnglishName(line)) {
        mentions.add(
            new NameMention(c, SourceLocation.of(sectionOf.apply(line.number()), line.number())));
        continue;
      }
      for (int at = c.indexOf(prefix); at >= 0; at = c.indexOf(prefix, at + prefix.length())) {
        // A name is short: a run of Thai letters longer than this is not one, and reading the whole
        // rest of a 1 MB line for each of its mentions ran out of memory (the fuzz suite found it).
        int from = at + prefix.length();
        String run = Text.leadingThaiRun(c.substring(from, Math.min(c.length(), from + MAX_NAME)));
        if (run.isEmpty()) {
          continue;
        }
        String name = run.startsWith(canonicalName) ? canonicalName : run;
        mentions.add(
            new NameMention(
                prefix + name, SourceLocation.of(sectionOf.apply(line.number()), line.number())));
      }
    }
    return mentions;
  }

  /** Every law or regulation cited with a year ("พระราชกฤษฎีกา… พ.ศ. ๒๕๔๖"). */
  static List<Citation> citations(List<SourceLine> lines, IntFunction<String> sectionOf) {
    List<Citation> citations = new ArrayList<>();
    for (SourceLine line : lines) {
      for (String cell : line.filledCells()) {
        Matcher m = CITATION.matcher(cell);
        while (m.find()) {
          String title = Text.trim(cell.substring(m.start(), m.start(1)));
          int year = ThaiDigits.parseInt(m.group(2)).orElseThrow();
          if (NOT_A_TITLE.stream().noneMatch(title::contains)
              && EDITION.matcher(title).replaceAll("").chars().noneMatch(DocumentReader::isDigit)) {
            citations.add(
                new Citation(
                    title,
                    Text.trim(cell.substring(m.start(1), m.end())),
                    year,
                    SourceLocation.of(sectionOf.apply(line.number()), line.number())));
          }
        }
      }
    }
    return citations;
  }

  private static boolean isDigit(int c) {
    return ThaiDigits.isDigit((char) c);
  }
}
