package th.km.core.check;

import java.util.Comparator;
import th.km.core.LocalizedText;

/**
 * One defect the checker found in a plan: how much it matters, what kind it is, where, and a
 * message in Thai and English that quotes the offending text.
 */
public record Finding(
    Severity severity, FindingCode code, FindingLocation location, LocalizedText message) {

  /** Most severe first, then in the plan's order. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::location)
          .thenComparing(Finding::code)
          .thenComparing(f -> f.message().en());

  public static Finding error(FindingCode code, FindingLocation location, String th, String en) {
    return new Finding(Severity.ERROR, code, location, LocalizedText.of(th, en));
  }

  public static Finding warning(FindingCode code, FindingLocation location, String th, String en) {
    return new Finding(Severity.WARNING, code, location, LocalizedText.of(th, en));
  }

  public static Finding info(FindingCode code, FindingLocation location, String th, String en) {
    return new Finding(Severity.INFO, code, location, LocalizedText.of(th, en));
  }

  /** "ERROR INVALID_DATE announcement: …" in English, for logs and plain-text output. */
  @Override
  public String toString() {
    return severity + " " + code.code() + " " + location + ": " + message.en();
  }
}
