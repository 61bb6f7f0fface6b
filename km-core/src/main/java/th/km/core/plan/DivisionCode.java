package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The short code of a division within an organization, for example {@code finance}. */
public record DivisionCode(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  public DivisionCode {
    checkArgument(
        FORM.matcher(value).matches(),
        "division code must be 1-40 lower-case letters, digits or inner dashes, got '%s'",
        value);
  }

  /** Whether the text is a division code's form (1-40 lower-case letters, digits, inner dashes). */
  public static boolean isValid(String value) {
    return FORM.matcher(value).matches();
  }

  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  // equals and hashCode by the record's own formula, written out: the record's own run through
  // method handles, slow in evaluation's first pass (docs/batch-evaluation-profile.md, MapKeysTest).
  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
