package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.store.PlanStore;

/**
 * The contract every {@link AccountStore} on a database keeps, run against H2 and PostgreSQL. A
 * subclass hands out a new, empty pair of stores for each test; the plan store registers the
 * organizations whose accounts the account store may keep.
 */
public abstract class AccountStoreContract {

  private static final OrganizationCode OTHER = OrganizationCode.of("nong-bua");
  private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo";

  /** A plan store and an account store on the same storage. */
  public record Stores(PlanStore plans, AccountStore accounts) {}

  private PlanStore plans;
  private AccountStore store;

  /** New stores with nothing in them. */
  protected abstract Stores emptyStores(Clock clock);

  @BeforeEach
  final void openStores() {
    Stores stores = emptyStores(new MutableClock(Instant.parse("2026-03-06T02:30:00Z")));
    plans = stores.plans();
    store = stores.accounts();
    plans.saveDraft(SamplePlans.banWaen());
    plans.saveDraft(SamplePlans.other(OTHER.value(), "เทศบาลตำบลหนองบัว"));
  }

  @Test
  public void aSavedAccountIsFoundByItsUsernameAsItWasSaved() {
    Account head =
        new Account(
            "head.finance", HASH, Role.DIVISION_HEAD, SamplePlans.BAN_WAEN,
            Optional.of(DivisionCode.of("finance")), Optional.empty());
    Account staff =
        new Account(
            "somchai", HASH + "x", Role.STAFF, SamplePlans.BAN_WAEN,
            Optional.of(DivisionCode.of("finance")), Optional.of("st-004"));
    Account cko =
        new Account("mayor", HASH, Role.CKO, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty());

    store.save(head);
    store.save(staff);
    store.save(cko);

    assertEquals(Optional.of(head), store.find("head.finance"));
    assertEquals(Optional.of(staff), store.find("somchai"));
    assertEquals(Optional.of(cko), store.find("mayor"));
    assertEquals(Optional.empty(), store.find("nobody"));
    assertEquals(Optional.empty(), store.find("MAYOR"), "usernames are compared exactly");
  }

  @Test
  public void aDeactivatedAccountStaysStoredAsInactiveAndCanBeActivatedAgain() {
    Account clerk =
        new Account("clerk", HASH, Role.STAFF, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty());
    store.save(clerk);
    assertTrue(store.find("clerk").orElseThrow().active(), "a new account is active");
    store.save(clerk.withActive(false));
    assertEquals(Optional.of(clerk.withActive(false)), store.find("clerk"));
    assertEquals(1, store.accounts(SamplePlans.BAN_WAEN).stream().filter(a -> a.username().equals("clerk")).count());
    store.save(clerk.withActive(false).withActive(true));
    assertTrue(store.find("clerk").orElseThrow().active());
  }

  @Test
  public void aCalendarTokenIsKeptUntilReplacedOrRemoved() {
    Account clerk =
        new Account("clerk", HASH, Role.STAFF, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty());
    store.save(clerk.withCalendarToken(Optional.of("abcdefghijklmnopqrstuvwxyz")));
    assertEquals(Optional.of("abcdefghijklmnopqrstuvwxyz"), store.find("clerk").orElseThrow().calendarToken());
    store.save(clerk.withCalendarToken(Optional.empty()));
    assertEquals(Optional.empty(), store.find("clerk").orElseThrow().calendarToken());
    store.save(clerk.withEmail(Optional.of("clerk@banwaen.go.th")));
    assertEquals(Optional.of("clerk@banwaen.go.th"), store.find("clerk").orElseThrow().email());
  }

  @Test
  public void savingAnExistingUsernameReplacesTheAccountAndKeepsOneRow() {
    store.save(new Account("secretary", HASH, Role.STAFF, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty()));
    Account replaced =
        new Account("secretary", HASH + "new", Role.SECRETARY, SamplePlans.BAN_WAEN, Optional.empty(), Optional.of("st-001"));

    store.save(replaced);

    assertEquals(Optional.of(replaced), store.find("secretary"));
    assertEquals(List.of(replaced), store.accounts(SamplePlans.BAN_WAEN));
  }

  @Test
  public void anOrganizationSeesOnlyItsOwnAccountsOrderedByUsername() {
    Account b = new Account("b-user", HASH, Role.CHAIR, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty());
    Account a = new Account("a-user", HASH, Role.CKO, SamplePlans.BAN_WAEN, Optional.empty(), Optional.empty());
    Account other = new Account("c-user", HASH, Role.SECRETARY, OTHER, Optional.empty(), Optional.empty());
    store.save(b);
    store.save(other);
    store.save(a);

    assertEquals(List.of(a, b), store.accounts(SamplePlans.BAN_WAEN));
    assertEquals(List.of(other), store.accounts(OTHER));
    assertEquals(List.of(), store.accounts(OrganizationCode.of("unknown")));
  }

  @Test
  public void anAccountOfAnOrganizationWithoutAPlanIsRefusedAndNothingIsSaved() {
    Account stray =
        new Account("stray", HASH, Role.SECRETARY, OrganizationCode.of("unknown"), Optional.empty(), Optional.empty());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.save(stray));

    assertEquals(true, e.getMessage().contains("unknown"), e.getMessage());
    assertEquals(Optional.empty(), store.find("stray"));
  }

  @Test
  public void randomAccountsReadBackAsTheLastSaveOfEachUsernameLeftThem() {
    long seed = 20_260_306L;
    Random random = new Random(seed);
    Map<String, Account> expected = new HashMap<>();
    List<OrganizationCode> organizations = List.of(SamplePlans.BAN_WAEN, OTHER);
    for (int i = 0; i < 60; i++) {
      String username = "user" + random.nextInt(15);
      Role role = Role.values()[random.nextInt(Role.values().length)];
      Optional<DivisionCode> division =
          role == Role.DIVISION_HEAD || random.nextBoolean()
              ? Optional.of(DivisionCode.of("division-" + random.nextInt(4)))
              : Optional.empty();
      Optional<String> staffId =
          random.nextBoolean() ? Optional.of("สมาชิก/" + random.nextInt(100)) : Optional.empty();
      Account account =
          new Account(
              username, HASH + i, role, organizations.get(random.nextInt(2)), division, staffId);
      store.save(account);
      expected.put(username, account);
    }
    for (Account account : expected.values()) {
      assertEquals(Optional.of(account), store.find(account.username()), "seed " + seed);
    }
    for (OrganizationCode organization : organizations) {
      List<Account> mine = new ArrayList<>();
      expected.values().stream()
          .filter(a -> a.organization().equals(organization))
          .sorted(java.util.Comparator.comparing(Account::username))
          .forEach(mine::add);
      assertEquals(mine, store.accounts(organization), "seed " + seed + ", " + organization);
    }
  }
}
