package th.km.core.check;

import static th.km.core.check.TextTools.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.EditDistance;
import th.km.core.check.PlanTexts.PlanText;
import th.km.core.plan.KmPlan;

/**
 * {@link FindingCode#SPELLING}: near misses of the KM terms and abbreviations plans write in English
 * ("HAAPPY WORK PACE" for HAPPY WORKPLACE), and an abbreviation that does not fit the term it stands
 * beside ("Chief Knowledge Officer : CKD").
 */
final class SpellingRule implements PlanRule {

  private static final List<String> TERMS =
      List.of(
          "Chief Knowledge Officer",
          "Knowledge Management",
          "Knowledge Management Process",
          "Change Management",
          "Change Management Process",
          "Happy Workplace",
          "Master Trainer",
          "Learning Organization",
          "Learning Organisation",
          "Story Telling",
          "After Action Review",
          "After Action Reviews",
          "Knowledge Base",
          "Knowledge Bases",
          "Explicit Knowledge",
          "Tacit Knowledge",
          "Community of Practice",
          "Communities of Practice",
          "Best Practice",
          "Best Practices",
          "Web board");

  /** Each term, English or Thai, with the abbreviation that may stand beside it. */
  private static final Map<String, String> ABBREVIATED =
      Map.of(
          "Chief Knowledge Officer", "CKO",
          "ผู้บริหารด้านการจัดการความรู้", "CKO",
          "Knowledge Management", "KM",
          "After Action Review", "AAR",
          "การทบทวนหลังการปฏิบัติงาน", "AAR",
          "Key Performance Indicator", "KPI");

  /** Abbreviations a plan writes on their own. */
  private static final Set<String> ABBREVIATIONS = Set.of("CKO", "AAR");

  /**
   * Real abbreviations one letter from those, left alone unless they stand beside the term ("CKD"
   * is chronic kidney disease in a health division's Form 1, but a typo beside "Chief Knowledge
   * Officer").
   */
  private static final Set<String> OTHER_REAL_ABBREVIATIONS =
      Set.of("CEO", "CIO", "CFO", "COO", "CTO", "AAA", "CKD", "BAR", "CAR", "EAR");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");
  private static final Pattern ABBREVIATION_NEAR =
      Pattern.compile("^[\\s:(（\\-–]{0,4}([A-Z]{2,5})\\b");
  private static final Pattern ABBREVIATION_BEFORE =
      Pattern.compile("\\b([A-Z]{2,5})[\\s:)）\\-–]{0,4}$");
  private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{3}\\b");

  @Override
  public List<Finding> check(KmPlan plan, List<PlanText> texts) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PlanText t : texts) {
      Set<String> flaggedTokens = new LinkedHashSet<>();
      abbreviationBesideTerm(t, flaggedTokens).forEach(f -> add(findings, seen, f));
      looseAbbreviations(t, flaggedTokens).forEach(f -> add(findings, seen, f));
      termNearMisses(t).forEach(f -> add(findings, seen, f));
    }
    return findings;
  }

  private static void add(List<Finding> findings, Set<String> seen, Finding f) {
    if (seen.add(f.location() + "|" + f.message().en())) {
      findings.add(f);
    }
  }

  private static List<Finding> abbreviationBesideTerm(PlanText t, Set<String> flagged) {
    List<Finding> found = new ArrayList<>();
    String text = t.text();
    for (Map.Entry<String, String> e : ABBREVIATED.entrySet()) {
      String term = e.getKey();
      String expected = e.getValue();
      for (int at = indexOfIgnoreCase(text, term, 0); at >= 0; at = indexOfIgnoreCase(text, term, at + 1)) {
        Matcher after = ABBREVIATION_NEAR.matcher(text.substring(at + term.length()));
        Matcher before = ABBREVIATION_BEFORE.matcher(text.substring(0, at));
        for (Matcher m : List.of(after, before)) {
          if (m.find()) {
            String token = m.group(1);
            if (!token.equals(expected) && EditDistance.between(token, expected) == 1) {
              flagged.add(token);
              found.add(
                  misspelt(t, token, expected, " (beside " + quote(term) + ")", " (ที่อยู่คู่กับ " + quote(term) + ")"));
            }
          }
        }
      }
    }
    return found;
  }

  private static List<Finding> looseAbbreviations(PlanText t, Set<String> flagged) {
    List<Finding> found = new ArrayList<>();
    Matcher m = CAPITALS.matcher(t.text());
    while (m.find()) {
      String token = m.group();
      if (ABBREVIATIONS.contains(token)
          || OTHER_REAL_ABBREVIATIONS.contains(token)
          || flagged.contains(token)) {
        continue;
      }
      for (String abbreviation : ABBREVIATIONS) {
        if (EditDistance.between(token, abbreviation) == 1) {
          found.add(misspelt(t, token, abbreviation, "", ""));
        }
      }
    }
    return found;
  }

  private record Span(int firstWord, int lastWord, String written, String term, int distance) {
    boolean overlaps(Span other) {
      return firstWord <= other.lastWord && other.firstWord <= lastWord;
    }
  }

  private static List<Finding> termNearMisses(PlanText t) {
    List<Finding> found = new ArrayList<>();
    for (List<String> words : latinRuns(t.text())) {
      List<Span> exact = new ArrayList<>();
      List<Span> near = new ArrayList<>();
      for (String term : TERMS) {
        String compactTerm = compact(term);
        int termWords = term.split(" ").length;
        int threshold = Math.max(1, compactTerm.length() / 6);
        for (int size = Math.max(1, termWords - 1); size <= termWords + 1; size++) {
          for (int first = 0; first + size <= words.size(); first++) {
            String written = String.join(" ", words.subList(first, first + size));
            int d = EditDistance.between(compact(written), compactTerm);
            if (d == 0) {
              exact.add(new Span(first, first + size - 1, written, term, 0));
            } else if (d <= threshold) {
              near.add(new Span(first, first + size - 1, written, term, d));
            }
          }
        }
      }
      List<Span> chosen = new ArrayList<>();
      near.stream()
          .sorted(java.util.Comparator.comparingInt(Span::distance))
          .filter(s -> exact.stream().noneMatch(s::overlaps))
          .forEach(
              s -> {
                if (chosen.stream().noneMatch(s::overlaps)) {
                  chosen.add(s);
                }
              });
      for (Span s : chosen) {
        String term = s.written().equals(s.written().toUpperCase(Locale.ROOT))
            ? s.term().toUpperCase(Locale.ROOT)
            : s.term();
        found.add(misspelt(t, s.written(), term, "", ""));
      }
    }
    return found;
  }

  /**
   * The runs of Latin words in the text, each the words that only spaces or tabs part. Found word by
   * word: a regular expression repeating a group of "blanks and a word" recursed once per word and
   * overflowed the stack on a run of some thousand words (a fuzzed plan file, CliFuzzTest seed
   * 53534812266272).
   */
  static List<List<String>> latinRuns(String text) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int end = 0;
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      if (!run.isEmpty() && !onlyBlanks(text, end, w.start())) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(w.group());
      end = w.end();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** Whether the text between the two places is one or more spaces and tabs, nothing else. */
  private static boolean onlyBlanks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return from < to;
  }

  private static Finding misspelt(PlanText t, String written, String meant, String besideEn, String besideTh) {
    return Finding.warning(
        FindingCode.SPELLING,
        t.location(),
        quote(written) + besideTh + " ใน" + t.where().th() + " น่าจะเป็น " + quote(meant),
        quote(written) + besideEn + " in the " + t.where().en() + " looks like a misspelling of "
            + quote(meant));
  }

  /** Lower-case letters only: "Story Telling" and "Storytelling" compare equal. */
  private static String compact(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  private static int indexOfIgnoreCase(String text, String term, int from) {
    return text.toLowerCase(Locale.ROOT).indexOf(term.toLowerCase(Locale.ROOT), from);
  }
}
