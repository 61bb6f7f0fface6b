package th.km.core.account;

import java.util.List;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.plan.OrganizationCode;

/** The port through which accounts are kept: an in-memory store in the web server, SQL later. */
public interface AccountStore {

  /** The account with the username, compared exactly (usernames are lower case). */
  Optional<Account> find(String username);

  /** The accounts of the organization, ordered by username. */
  List<Account> accounts(OrganizationCode organization);

  /** Adds the account, or replaces the one with the same username. */
  void save(Account account);

  /**
   * Adds or replaces the account as {@link #save(Account)} does, with the change in the audit log
   * naming {@code by}: a creation, a new password, a deactivation or activation, a new role,
   * division, staff id or e-mail address, a new or revoked calendar address. A store without an
   * audit log only saves it.
   */
  default void save(Account account, Actor by) {
    save(account);
  }
}
