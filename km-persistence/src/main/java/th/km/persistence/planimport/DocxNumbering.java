package th.km.persistence.planimport;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Counts a DOCX's numbered lists as Word shows them, so that a paragraph numbered by Word's list
 * numbering reads "๑. …", "1. …" or "- …" as it would if the number had been typed: the text
 * importer finds numbered items by their numbers.
 */
final class DocxNumbering {

  private static final String THAI_LETTERS = "กขคงจฉชซญฐฑฒณดตถทธนบปผพภมยรลวศษสหฬอฮ";

  private final @Nullable XWPFNumbering numbering;
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private final Map<BigInteger, boolean[]> starts = new HashMap<>();

  DocxNumbering(@Nullable XWPFNumbering numbering) {
    this.numbering = numbering;
  }

  /** The paragraph's list label followed by a space, or "" when it is not a list item. */
  String label(XWPFParagraph paragraph) {
    BigInteger numId = paragraph.getNumID();
    if (numId == null || numId.signum() == 0) {
      return "";
    }
    BigInteger ilvl = paragraph.getNumIlvl();
    int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), 8);
    String format = paragraph.getNumFmt();
    if ("bullet".equals(format)) {
      return "- ";
    }
    if ("none".equals(format)) {
      return "";
    }
    int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
    boolean[] started = starts.computeIfAbsent(numId, id -> new boolean[9]);
    for (int l = 0; l <= level; l++) {
      if (!started[l]) {
        count[l] = start(numId, l) - (l == level ? 1 : 0);
        started[l] = true;
      }
    }
    count[level]++;
    for (int deeper = level + 1; deeper < count.length; deeper++) {
      started[deeper] = false;
    }
    String pattern = paragraph.getNumLevelText();
    if (pattern == null || pattern.isEmpty()) {
      pattern = "%" + (level + 1) + ".";
    }
    StringBuilder label = new StringBuilder(pattern);
    for (int l = 0; l <= level; l++) {
      String place = "%" + (l + 1);
      int at = label.indexOf(place);
      if (at >= 0) {
        label.replace(at, at + place.length(), format(count[l], format));
      }
    }
    return label + " ";
  }

  private int start(BigInteger numId, int level) {
    XWPFNumbering n = numbering;
    if (n == null) {
      return 1;
    }
    try {
      XWPFNum num = n.getNum(numId);
      if (num == null) {
        return 1;
      }
      for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
        if (override.getIlvl().intValue() == level && override.isSetStartOverride()) {
          return override.getStartOverride().getVal().intValue();
        }
      }
      XWPFAbstractNum abstractNum = n.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      if (abstractNum == null) {
        return 1;
      }
      for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
        if (lvl.getIlvl().intValue() == level && lvl.isSetStart()) {
          return lvl.getStart().getVal().intValue();
        }
      }
      return 1;
    } catch (RuntimeException e) {
      // A numbering part POI cannot read counts from 1, as Word does with a broken definition.
      return 1;
    }
  }

  /** A list number in the level's format: Thai digits, Thai letters, Latin letters or Arabic. */
  static String format(int n, @Nullable String format) {
    if (format == null) {
      return Integer.toString(n);
    }
    return switch (format) {
      case "thaiNumbers", "thaiCounting" -> thaiDigits(n);
      case "thaiLetters" -> String.valueOf(THAI_LETTERS.charAt((n - 1) % THAI_LETTERS.length()));
      case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
      case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperRoman" -> roman(n);
      default -> Integer.toString(n);
    };
  }

  private static String thaiDigits(int n) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append((char) ('๐' + (c - '0')));
    }
    return out.toString();
  }

  private static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }
}
