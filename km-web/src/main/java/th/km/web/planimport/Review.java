package th.km.web.planimport;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import th.km.core.check.Finding;
import th.km.web.page.Page;

/**
 * What the review page shows: the plan as read, what was not understood, the checker's findings,
 * and the form's values and errors when a save was refused.
 *
 * @param token the key of the reading kept on the server
 * @param action where the form is sent
 * @param read the reading
 * @param findings the plan checker's findings on the plan as read, most severe first
 * @param sent the form's values as sent; empty before the first save
 * @param errors the message of each wrong field, in the page's language
 */
public record Review(
    String token,
    String action,
    Reading.Read read,
    List<Finding> findings,
    Function<String, @Nullable String> sent,
    Map<String, String> errors) {

  public Review {
    findings = List.copyOf(findings);
    errors = Map.copyOf(errors);
  }

  /** The field's value to show: as sent, else as read. */
  public String value(String field, String asRead) {
    String s = sent.apply(field);
    return s == null ? asRead : s;
  }

  /** The field's error in the page's language; empty when it has none. */
  public String error(String field) {
    return errors.getOrDefault(field, "");
  }

  /** The message of a finding in the page's language. */
  public static String message(Page page, Finding f) {
    return page.pick(f.message().th(), f.message().en());
  }

  /** The place of a finding in the page's language. */
  public static String where(Page page, Finding f) {
    return page.pick(f.location().toThai(), f.location().toString());
  }
}
