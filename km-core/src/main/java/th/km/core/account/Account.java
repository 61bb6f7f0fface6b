package th.km.core.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;

/**
 * An account (บัญชีผู้ใช้) of one person in one organization.
 *
 * @param username lower-case Latin letters, digits, dots, dashes and underscores
 * @param passwordHash the hash as the hashing library encodes it (algorithm, parameters, salt)
 * @param role what the account may do
 * @param organization the organization whose records the account sees
 * @param division the division a division head heads or a member of staff works in
 * @param staffId the person's id in the records of the year, for staff who record their own
 * @param active whether the account may sign in; the secretary deactivates the account of someone
 *     who left, and keeps it so that the audit log's names still mean someone
 * @param calendarToken the secret of the account's calendar feed, which is read without signing
 *     in; empty until the account asks for a feed, and replaced when it is revoked
 * @param email where the daily digest of what is due goes; empty for no e-mail
 */
public record Account(
    String username,
    String passwordHash,
    Role role,
    OrganizationCode organization,
    Optional<DivisionCode> division,
    Optional<String> staffId,
    boolean active,
    Optional<String> calendarToken,
    Optional<String> email) {

  private static final Pattern EMAIL = Pattern.compile("[^@ ]+@[^@ ]+[.][^@ ]+");

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public Account {
    checkArgument(
        USERNAME.matcher(username).matches(),
        "username must be 1-64 lower-case letters, digits, dots, dashes or underscores, got '%s'",
        username);
    checkArgument(!passwordHash.isBlank(), "account '%s' has a blank password hash", username);
    checkArgument(
        role != Role.DIVISION_HEAD || division.isPresent(),
        "account '%s' is a division head but names no division",
        username);
    staffId.ifPresent(
        id -> checkArgument(!id.isBlank(), "account '%s' has a blank staff id", username));
    email.ifPresent(
        e -> checkArgument(isEmail(e), "account '%s' has an e-mail address that is not one: '%s'", username, e));
    calendarToken.ifPresent(
        t -> checkArgument(t.length() >= 20, "account '%s' has a calendar token shorter than 20", username));
  }

  /** An active account. */
  public Account(
      String username,
      String passwordHash,
      Role role,
      OrganizationCode organization,
      Optional<DivisionCode> division,
      Optional<String> staffId) {
    this(username, passwordHash, role, organization, division, staffId, true, Optional.empty(), Optional.empty());
  }

  /** Whether the text is a well-formed username, so that a login form can say so early. */
  public static boolean isUsername(String text) {
    return USERNAME.matcher(text).matches();
  }

  /** Whether the account may change the records of the division. */
  public boolean mayEdit(DivisionCode code) {
    return role.editsAll() || (role == Role.DIVISION_HEAD && division.orElseThrow().equals(code));
  }

  /** The same account with another password hash. */
  public Account withPasswordHash(String hash) {
    return new Account(username, hash, role, organization, division, staffId, active, calendarToken, email);
  }

  /** The same account, active or not. */
  public Account withActive(boolean isActive) {
    return new Account(username, passwordHash, role, organization, division, staffId, isActive, calendarToken, email);
  }

  /** The same account with another e-mail address, or none. */
  public Account withEmail(Optional<String> address) {
    return new Account(username, passwordHash, role, organization, division, staffId, active, calendarToken, address);
  }

  /** Whether the text looks like an e-mail address (one @, a dot in the domain, no spaces). */
  public static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }

  /** The same account with another calendar feed secret, or none. */
  public Account withCalendarToken(Optional<String> token) {
    return new Account(username, passwordHash, role, organization, division, staffId, active, token, email);
  }

  /** Leaves the password hash and the calendar token out, so that a log line never carries them. */
  @Override
  public String toString() {
    return "Account[" + username + ", " + role + ", " + organization + division.map(d -> "/" + d).orElse("")
        + (active ? "" : ", inactive") + "]";
  }
}
