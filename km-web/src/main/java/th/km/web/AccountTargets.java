package th.km.web;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.km.core.account.Account;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.records.StaffMember;
import th.km.core.store.PlanStore;
import th.km.persistence.db.Database;
import th.km.web.account.AccountRules;

/**
 * Checks that the division and the staff member an account names exist in its organization: the
 * division in one of its plans, the staff member in the records of one of its years, by the rules
 * of {@link AccountRules} that the accounts page follows too.
 */
final class AccountTargets {

  /** What is wrong, in Thai and English. */
  record Problem(String th, String en) {}

  private AccountTargets() {}

  static Optional<Problem> check(Database database, Account account) {
    PlanStore plans = database.planStore(Clock.systemUTC());
    Set<String> divisions = new TreeSet<>();
    Set<String> staff = new TreeSet<>();
    for (FiscalYear year : plans.fiscalYears(account.organization())) {
      plans
          .latest(account.organization(), year)
          .ifPresent(p -> p.plan().divisions().stream().map(Division::code).forEach(d -> divisions.add(d.value())));
      database.recordStore().records(account.organization(), year).staff().stream()
          .map(StaffMember::id)
          .forEach(staff::add);
    }
    return AccountRules.check(account, divisions, staff, "--division", "--staff-id")
        .map(p -> new Problem(p.th(), p.en()));
  }
}
