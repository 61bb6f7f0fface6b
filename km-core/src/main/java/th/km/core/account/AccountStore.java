package th.km.core.account;

import java.util.List;
import java.util.Optional;
import th.km.core.plan.OrganizationCode;

/** The port through which accounts are kept: an in-memory store in the web server, SQL later. */
public interface AccountStore {

  /** The account with the username, compared exactly (usernames are lower case). */
  Optional<Account> find(String username);

  /** The accounts of the organization, ordered by username. */
  List<Account> accounts(OrganizationCode organization);

  /** Adds the account, or replaces the one with the same username. */
  void save(Account account);
}
