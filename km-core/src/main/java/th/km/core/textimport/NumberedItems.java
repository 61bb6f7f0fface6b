package th.km.core.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.ThaiDigits;

/**
 * Numbered text as plans write it: a numbered line ("๑. …", "๔ …") and numbered lists run together
 * in one table cell ("๑. ความรู้ด้าน… ๒. ความรู้ด้าน…").
 */
final class NumberedItems {

  /** A numbered line: its number and the text after the number. */
  record Numbered(int number, String text) {}

  private static final String DIGIT = "[0-9๐-๙]";
  private static final Pattern WITH_MARK =
      Pattern.compile("^(" + DIGIT + "{1,3})\\s*[.)](?!" + DIGIT + ")\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern WITHOUT_MARK =
      Pattern.compile("^(" + DIGIT + "{1,3})\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern FIRST_ITEM = Pattern.compile("^[1๑]\\s*([.)])(?!" + DIGIT + ")\\s*");

  private NumberedItems() {}

  /**
   * Reads "๑. text", "1) text" or "๔ text" (a number, a dot or bracket or white space, the text).
   * Empty when the text does not start so or nothing follows the number.
   */
  static Optional<Numbered> parse(String text) {
    for (Pattern p : List.of(WITH_MARK, WITHOUT_MARK)) {
      Matcher m = p.matcher(text);
      if (m.matches() && !Text.trim(m.group(2)).isEmpty()) {
        return Optional.of(
            new Numbered(ThaiDigits.parseInt(m.group(1)).orElseThrow(), Text.trim(m.group(2))));
      }
    }
    return Optional.empty();
  }

  /** Reads a cell that holds only a number ("๑", "12", "3."). */
  static Optional<Integer> parseNumberCell(String cell) {
    String c = cell.endsWith(".") ? cell.substring(0, cell.length() - 1) : cell;
    var n = ThaiDigits.parseInt(c);
    return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
  }

  /**
   * Splits a cell into the items of its numbered list. The list must start the cell with item 1,
   * and each next marker must be the next number (2, 3, …) after white space, so that years and
   * ranges inside an item ("(๒๕๖๖ -๒๕๗๐)", "พ.ศ. ๒๕๖๙ ๒. จำนวน…") never split it. A cell that does
   * not start a list is one item; an empty cell has none.
   */
  static List<String> split(String cell) {
    String text = Text.trim(cell);
    if (text.isEmpty()) {
      return List.of();
    }
    Matcher first = FIRST_ITEM.matcher(text);
    if (!first.find()) {
      return List.of(text);
    }
    String mark = Pattern.quote(first.group(1));
    List<String> items = new ArrayList<>();
    int pos = first.end();
    for (int expected = 2; ; expected++) {
      Pattern next =
          Pattern.compile(
              "(?<=\\s)(?:"
                  + expected
                  + "|"
                  + ThaiDigits.toThai(String.valueOf(expected))
                  + ")\\s*"
                  + mark
                  + "(?!"
                  + DIGIT
                  + ")");
      Matcher m = next.matcher(text);
      if (!m.find(pos)) {
        addItem(items, text.substring(pos));
        return items;
      }
      addItem(items, text.substring(pos, m.start()));
      pos = m.end();
    }
  }

  private static void addItem(List<String> items, String item) {
    String t = Text.trim(item);
    if (!t.isEmpty()) {
      items.add(t);
    }
  }
}
