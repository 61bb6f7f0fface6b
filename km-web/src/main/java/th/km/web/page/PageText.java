package th.km.web.page;

import java.util.regex.Pattern;
import th.km.core.calendar.ThaiDigits;

/**
 * km's own Thai words as a page shows them: in one language and one digit style. Names km shares
 * with the official documents carry an English gloss and Thai digits there ("เรื่องเล่า (Story
 * Telling)", "อายุครบ ๖๐ ปีบริบูรณ์"); a page drops the gloss and writes Arabic digits, as every
 * other number on it is written. The organization's own data is never passed through here: it is
 * shown verbatim.
 */
public final class PageText {

  /** A trailing English gloss in brackets: " (Knowledge Management Process)". */
  private static final Pattern GLOSS = Pattern.compile("\\s*\\([A-Za-z][A-Za-z .&/-]*\\)$");

  private PageText() {}

  /** The Thai text without its English gloss and with Arabic digits. */
  public static String plain(String thai) {
    return ThaiDigits.toArabic(GLOSS.matcher(thai).replaceFirst(""));
  }
}
