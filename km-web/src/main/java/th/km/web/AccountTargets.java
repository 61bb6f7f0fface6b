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

/**
 * Checks that the division and the staff member an account names exist in its organization: the
 * division in one of its plans, the staff member in the records of one of its years. An account
 * for a division no plan has would sign in to see nothing, and one for an unknown person would be
 * refused every write.
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
    String org = account.organization().value();
    if (account.division().isPresent() && !divisions.contains(account.division().get().value())) {
      String d = account.division().get().value();
      return Optional.of(
          new Problem(
              "--division '" + d + "' ไม่มีในแผนของ " + org + " (ที่มี: " + String.join(", ", divisions) + ")",
              "--division '" + d + "' is not a division in the plans of " + org + " (there are: "
                  + String.join(", ", divisions) + ")"));
    }
    if (account.staffId().isPresent() && !staff.contains(account.staffId().get())) {
      String s = account.staffId().get();
      return Optional.of(
          new Problem(
              "--staff-id '" + s + "' ไม่มีในรายชื่อบุคลากรของ " + org + " ในฐานข้อมูลนี้",
              "--staff-id '" + s + "' is not a staff member in the records of " + org
                  + " in this database"));
    }
    return Optional.empty();
  }
}
