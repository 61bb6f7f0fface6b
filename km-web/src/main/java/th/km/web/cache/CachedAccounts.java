package th.km.web.cache;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.audit.Actor;
import th.km.core.plan.OrganizationCode;

/**
 * The accounts of a store, each read once and then kept until anything is written, so that the
 * account of a signed-in request costs no database read. A change made by another process (the
 * {@code km account} command on the same PostgreSQL database) is seen within {@link #EXPIRY}.
 */
public final class CachedAccounts implements AccountStore {

  /** How long an account read is kept at most, for writes this server does not see. */
  public static final Duration EXPIRY = Duration.ofSeconds(10);

  private static final int MAXIMUM_SIZE = 10_000;

  /** A username as read under one write count. */
  private record Key(long writes, String username) {}

  private final AccountStore store;
  private final WriteCount writes;
  private final Cache<Key, Optional<Account>> found =
      CacheBuilder.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(EXPIRY).build();

  public CachedAccounts(AccountStore store, WriteCount writes) {
    this.store = store;
    this.writes = writes;
  }

  @Override
  public Optional<Account> find(String username) {
    try {
      return found.get(new Key(writes.current(), username), () -> store.find(username));
    } catch (UncheckedExecutionException e) {
      // The store's own failure (the database is down) reaches the caller as the store threw it.
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading the account " + username + " failed", e.getCause());
    }
  }

  @Override
  public List<Account> accounts(OrganizationCode organization) {
    return store.accounts(organization);
  }

  @Override
  public void save(Account account) {
    store.save(account);
  }

  @Override
  public void save(Account account, Actor by) {
    store.save(account, by);
  }
}
