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
    checkArgument(
        FORM.matcher(id).matches(),
        "%s id must be 1-100 letters, digits or . _ : / # -, without spaces, got '%s'",
        what,
        id);
    return id;
  }
}
