package th.km.persistence.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Where a snippet may begin or end: after a run of spaces (Thai separates phrases and sentences
 * with a space), and, in a run of 40 characters without one, before any character that is not a
 * combining mark, so that no vowel or tone mark is cut from its consonant.
 *
 * <p>The highlighter asks for boundaries around every hit. The JDK's Thai word iterator answers
 * by running its dictionary from the start of the text; this one finds every boundary once, in
 * one pass, and then answers by binary search.
 */
final class SnippetBoundaries extends BreakIterator {
  private static final int LONGEST_RUN = 40;

  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    int begin = newText.getBeginIndex();
    int end = newText.getEndIndex();
    int[] found = new int[16];
    int count = 0;
    found[count++] = begin;
    char previous = CharacterIterator.DONE;
    int last = begin;
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      int at = newText.getIndex();
      boolean afterSpace = at > begin && Character.isWhitespace(previous) && !Character.isWhitespace(c);
      boolean forced = at - last >= LONGEST_RUN && !isMark(c) && !Character.isLowSurrogate(c);
      if (afterSpace || forced) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = at;
        last = at;
      }
      previous = c;
    }
    if (found[count - 1] != end) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count + 1);
      }
      found[count++] = end;
    }
    boundaries = Arrays.copyOf(found, count);
    current = 0;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = boundaries.length - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= boundaries.length) {
      current = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    int after = i >= 0 ? i + 1 : -i - 1;
    if (after >= boundaries.length) {
      current = boundaries.length - 1;
      return DONE;
    }
    current = after;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    int before = i >= 0 ? i - 1 : -i - 2;
    if (before < 0) {
      current = 0;
      return DONE;
    }
    current = before;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }
}
