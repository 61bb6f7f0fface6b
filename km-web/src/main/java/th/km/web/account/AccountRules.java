package th.km.web.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import th.km.core.account.Account;
import th.km.core.account.Role;

/**
 * The rules an account must meet before it is stored, the same for {@code km account} and the
 * secretary's accounts page: a role read from its name, and a division and a staff member that
 * exist in the organization, since an account for a division no plan has would sign in to see
 * nothing, and one for an unknown person would be refused every write.
 */
public final class AccountRules {

  /**
   * What is wrong, in Thai and English.
   *
   * @param field the field (or command-line option) at fault
   */
  public record Problem(String field, String th, String en) {}

  private AccountRules() {}

  /** The role of a name such as {@code secretary}, {@code division_head}, {@code division-head} or {@code head}. */
  public static Optional<Role> role(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role r : Role.values()) {
      if (r.name().equals(name) || (r == Role.DIVISION_HEAD && name.equals("HEAD"))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Why the account cannot be stored, given the division codes of the organization's plans and the
   * staff ids of its records; empty when it can. {@code divisionField} and {@code staffField} name
   * the fields as the person filled them, such as {@code --division} or {@code division}.
   */
  public static Optional<Problem> check(
      Account account, Set<String> divisions, Set<String> staff, String divisionField, String staffField) {
    String org = account.organization().value();
    if (account.division().isPresent() && !divisions.contains(account.division().get().value())) {
      String d = account.division().get().value();
      return Optional.of(
          new Problem(
              divisionField,
              divisionField + " '" + d + "' ไม่มีในแผนของ " + org + " (ที่มี: " + String.join(", ", divisions) + ")",
              divisionField + " '" + d + "' is not a division in the plans of " + org + " (there are: "
                  + String.join(", ", divisions) + ")"));
    }
    if (account.staffId().isPresent() && !staff.contains(account.staffId().get())) {
      String s = account.staffId().get();
      return Optional.of(
          new Problem(
              staffField,
              staffField + " '" + s + "' ไม่มีในรายชื่อบุคลากรของ " + org,
              staffField + " '" + s + "' is not a staff member in the records of " + org));
    }
    return Optional.empty();
  }
}
