package th.km.web.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;

/**
 * One account per role for a demonstration, each with a fresh random password that {@code km demo}
 * prints: no password is ever written into the code.
 */
public final class DemoAccounts {

  /** A demo account and its password in clear, to be shown once. */
  public record Credentials(Account account, String password) {

    Credentials linkedTo(Optional<String> staffId) {
      Account a = account;
      return new Credentials(
          new Account(a.username(), a.passwordHash(), a.role(), a.organization(), a.division(), staffId),
          password);
    }
  }

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3467";
  private static final int PASSWORD_LENGTH = 14;

  private DemoAccounts() {}

  /**
   * Makes the accounts cko, chair, secretary, head (of the division) and staff (of the same
   * division) in the organization, saves them in the store and returns them with their passwords.
   */
  public static List<Credentials> create(
      OrganizationCode organization,
      DivisionCode division,
      AccountStore store,
      PasswordHasher hasher,
      SecureRandom random) {
    return create(organization, division, Optional.empty(), store, hasher, random);
  }

  /**
   * As {@link #create(OrganizationCode, DivisionCode, AccountStore, PasswordHasher, SecureRandom)},
   * with the staff account linked to the person of {@code staffId} in the records of the year, so
   * that it may record that person's own trainings, reports and acknowledgements. Saving replaces
   * accounts of the same names: a second demo gives them new passwords.
   */
  public static List<Credentials> create(
      OrganizationCode organization,
      DivisionCode division,
      Optional<String> staffId,
      AccountStore store,
      PasswordHasher hasher,
      SecureRandom random) {
    List<Credentials> made = new ArrayList<>();
    made.add(make("cko", Role.CKO, organization, Optional.empty(), hasher, random));
    made.add(make("chair", Role.CHAIR, organization, Optional.empty(), hasher, random));
    made.add(make("secretary", Role.SECRETARY, organization, Optional.empty(), hasher, random));
    made.add(make("head", Role.DIVISION_HEAD, organization, Optional.of(division), hasher, random));
    made.add(make("staff", Role.STAFF, organization, Optional.of(division), hasher, random).linkedTo(staffId));
    made.forEach(c -> store.save(c.account()));
    return List.copyOf(made);
  }

  /**
   * A new random password of 14 letters and digits that are hard to mix up (no 0/O, 1/l/I), about
   * 78 bits.
   */
  public static String newPassword(SecureRandom random) {
    StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private static Credentials make(
      String username,
      Role role,
      OrganizationCode organization,
      Optional<DivisionCode> division,
      PasswordHasher hasher,
      SecureRandom random) {
    String clear = newPassword(random);
    Account account =
        new Account(username, hasher.hash(clear), role, organization, division, Optional.empty());
    return new Credentials(account, clear);
  }
}
