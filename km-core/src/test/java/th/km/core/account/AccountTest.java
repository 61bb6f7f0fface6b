package th.km.core.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;

class AccountTest {

  private static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  private static final DivisionCode FINANCE = DivisionCode.of("finance");
  private static final DivisionCode WORKS = DivisionCode.of("public-works");

  private static Account account(Role role, Optional<DivisionCode> division) {
    return new Account("somchai", "$argon2id$secret-hash", role, ORG, division, Optional.empty());
  }

  @Test
  void aDivisionHeadEditsOnlyTheOwnDivision() {
    Account head = account(Role.DIVISION_HEAD, Optional.of(FINANCE));
    assertTrue(head.mayEdit(FINANCE));
    assertFalse(head.mayEdit(WORKS));
  }

  @Test
  void theSecretaryEditsEveryDivisionAndTheChairNone() {
    assertTrue(account(Role.SECRETARY, Optional.empty()).mayEdit(WORKS));
    assertFalse(account(Role.CHAIR, Optional.empty()).mayEdit(WORKS));
    assertFalse(account(Role.STAFF, Optional.of(WORKS)).mayEdit(WORKS));
  }

  @Test
  void aDivisionHeadWithoutADivisionCannotBeMade() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> account(Role.DIVISION_HEAD, Optional.empty()));
    assertTrue(e.getMessage().contains("somchai"), e.getMessage());
  }

  @Test
  void aBadUsernameIsNamedInTheMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Account("Som Chai", "h", Role.STAFF, ORG, Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("'Som Chai'"), e.getMessage());
  }

  @Test
  void theTextOfAnAccountNeverShowsThePasswordHash() {
    assertFalse(account(Role.CKO, Optional.empty()).toString().contains("secret-hash"));
  }
}
