package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The one rule for record ids, so that every kind accepts the same ids. */
public final class RecordIds {

  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{M}\\p{N}._:/#-]{1,100}");

  private RecordIds() {}

  /**
   * Checks an id: 1 to 100 letters, digits or the marks {@code . _ : / # -}, no spaces, so that ids
   * survive files, URLs and command lines unchanged.
   */
  public static String check(String id, String what) {
    if (plainAscii(id)) {
      return id;
    }
    checkArgument(
        FORM.matcher(id).matches(),
        "%s id must be 1-100 letters, digits or . _ : / # -, without spaces, got '%s'",
        what,
        id);
    return id;
  }

  /**
   * {@link #check(String, String)} for an id a record holds of another: the message names it as
   * {@code "<kind> <recordId> <role>"} (such as {@code "training t-1 person"}), a text made only
   * when the id is refused, not for each of the millions a batch checks.
   */
  public static String check(String id, String kind, String recordId, String role) {
    return plainAscii(id) ? id : check(id, kind + " " + recordId + " " + role);
  }

  /**
   * Whether the id is 1 to 100 of the ASCII letters, digits and marks {@link #FORM} takes: most ids
   * are, and this answers them without a regular expression (a batch checks millions of ids).
   */
  private static boolean plainAscii(String id) {
    int n = id.length();
    if (n == 0 || n > 100) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= PLAIN.length || !PLAIN[c]) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII characters {@link #plainAscii} takes, by code: one look-up per character. */
  private static final boolean[] PLAIN = plain();

  private static boolean[] plain() {
    boolean[] plain = new boolean[128];
    for (char c = 0; c < plain.length; c++) {
      plain[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.' || c == '_' || c == ':' || c == '/' || c == '#' || c == '-';
    }
    return plain;
  }
}
