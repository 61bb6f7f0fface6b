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
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.' || c == '_' || c == ':' || c == '/' || c == '#' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
