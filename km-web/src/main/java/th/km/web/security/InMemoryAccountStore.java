package th.km.web.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.plan.OrganizationCode;

/** Accounts kept in memory, for the demo and for tests, until the database keeps them. */
public final class InMemoryAccountStore implements AccountStore {

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  @Override
  public Optional<Account> find(String username) {
    return Optional.ofNullable(accounts.get(username));
  }

  @Override
  public List<Account> accounts(OrganizationCode organization) {
    return accounts.values().stream()
        .filter(a -> a.organization().equals(organization))
        .sorted(Comparator.comparing(Account::username))
        .toList();
  }

  @Override
  public void save(Account account) {
    accounts.put(account.username(), account);
  }
}
