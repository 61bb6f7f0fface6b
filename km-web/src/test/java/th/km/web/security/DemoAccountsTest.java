package th.km.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.km.core.account.Role;
import th.km.web.TestPlans;

class DemoAccountsTest {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @Test
  void oneAccountPerRoleEachWithItsOwnWorkingPassword() {
    InMemoryAccountStore store = new InMemoryAccountStore();
    List<DemoAccounts.Credentials> made =
        DemoAccounts.create(TestPlans.ORG, TestPlans.FINANCE, store, HASHER, new SecureRandom());
    assertEquals(
        EnumSet.allOf(Role.class),
        made.stream().map(c -> c.account().role()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    assertEquals(made.size(), made.stream().map(DemoAccounts.Credentials::password).distinct().count());
    for (DemoAccounts.Credentials c : made) {
      assertTrue(store.find(c.account().username()).isPresent(), c.account().username());
      assertTrue(HASHER.matches(c.password(), c.account().passwordHash()), c.account().username());
      assertTrue(c.password().length() >= 12);
    }
  }

  @Test
  void hashesAreSaltedArgon2idAndRefuseOtherPasswords() {
    String a = HASHER.hash("รหัสผ่านภาษาไทย");
    String b = HASHER.hash("รหัสผ่านภาษาไทย");
    assertTrue(a.startsWith("$argon2id$"), a);
    assertNotEquals(a, b, "every hash has its own salt");
    assertTrue(HASHER.matches("รหัสผ่านภาษาไทย", b));
    assertFalse(HASHER.matches("รหัสผ่านภาษาไท", a));
    assertFalse(HASHER.matches("anything", "not-a-hash"));
  }
}
