package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The short code of an organization, lower-case Latin letters, digits and dashes: {@code ban-waen}. */
public record OrganizationCode(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  public OrganizationCode {
    checkArgument(
        FORM.matcher(value).matches(),
        "organization code must be 1-40 lower-case letters, digits or inner dashes, got '%s'",
        value);
  }

  public static OrganizationCode of(String value) {
    return new OrganizationCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
