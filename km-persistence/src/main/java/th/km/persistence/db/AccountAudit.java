package th.km.persistence.db;

import th.km.persistence.audit.AuditEntries;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.plan.DivisionCode;

/**
 * The audit entry of a change to an account, written in the transaction that saves it: the action
 * says what changed most ({@code account.create}, {@code .password}, {@code .deactivate}, {@code
 * .activate}, {@code .calendar}, else {@code .change}), the states before and after the account's
 * facts. A password's hash and a calendar token are secrets: the log says only whether one is set
 * and whether it changed.
 */
final class AccountAudit {

  private AccountAudit() {}

  static void record(
      DSLContext tx,
      long organization,
      Instant at,
      Actor by,
      Optional<Account> before,
      Account after) {
    AuditEntries.add(
        tx,
        organization,
        at,
        by,
        "account." + action(before, after),
        "account",
        after.username(),
        before.map(b -> state(b, false)).orElse(null),
        state(after, before.isPresent() && !before.get().passwordHash().equals(after.passwordHash())));
  }

  /** What the save did, the most telling change first. */
  static String action(Optional<Account> before, Account after) {
    if (before.isEmpty()) {
      return "create";
    }
    Account b = before.get();
    if (!b.passwordHash().equals(after.passwordHash())) {
      return "password";
    }
    if (b.active() != after.active()) {
      return after.active() ? "activate" : "deactivate";
    }
    if (!b.calendarToken().equals(after.calendarToken())) {
      return "calendar";
    }
    return "change";
  }

  private static ObjectNode state(Account a, boolean newPassword) {
    ObjectNode state = AuditEntries.state();
    state.put("username", a.username());
    state.put("organization", a.organization().value());
    state.put("role", a.role().name());
    state.put("division", a.division().map(DivisionCode::value).orElse(null));
    state.put("staffId", a.staffId().orElse(null));
    state.put("email", a.email().orElse(null));
    state.put("active", a.active());
    state.put("calendarFeed", a.calendarToken().isPresent());
    if (newPassword) {
      state.put("newPassword", true);
    }
    return state;
  }
}
