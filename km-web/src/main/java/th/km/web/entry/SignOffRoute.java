package th.km.web.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.StaffMember;

/**
 * The plan's own chain of a post-training report (เสนอผู้บังคับบัญชาตามลำดับชั้น), as the accounts
 * that sign in turn: the trainee's division director first, then the KM committee's chair, then the
 * position the plan's training-report rule routes reports to (its {@code routedTo}, which the sign-off
 * form takes as the head's signature). The end is the CKO's step when the plan seats the CKO in that
 * position or names no one there, and the chair's when the plan routes reports to the chair's own
 * position: then the chain stops at the chair and the CKO is never asked. A plan whose KM committee
 * has no chair goes from the director straight to the end.
 */
public final class SignOffRoute {

  private SignOffRoute() {}

  /** The roles that sign a report of the plan, in order. */
  public static List<Role> of(KmPlan plan) {
    Optional<String> end =
        plan.monitoringRules().stream()
            .filter(MonitoringRule.TrainingReport.class::isInstance)
            .map(r -> ((MonitoringRule.TrainingReport) r).routedTo())
            .findFirst();
    Optional<String> chair = seat(plan, CommitteeRole.CHAIR);
    Optional<String> cko = seat(plan, CommitteeRole.CKO);
    boolean endsAtChair =
        end.isPresent()
            && chair.filter(p -> names(p, end.get())).isPresent()
            && cko.filter(p -> names(p, end.get())).isEmpty();
    List<Role> route = new ArrayList<>();
    route.add(Role.DIVISION_HEAD);
    if (chair.isPresent() || endsAtChair) {
      route.add(Role.CHAIR);
    }
    if (!endsAtChair) {
      route.add(Role.CKO);
    }
    return List.copyOf(route);
  }

  /**
   * Whether the account signs next a report of {@code person} that has {@code signatures}
   * signatures: the step after the signatures so far (the last step for any more), and for the
   * director's step only the director of the person's division.
   */
  public static boolean signsNext(
      List<Role> route, Account account, StaffMember person, int signatures) {
    Role next = route.get(Math.min(signatures, route.size() - 1));
    if (account.role() != next) {
      return false;
    }
    return next != Role.DIVISION_HEAD || person.division().equals(account.division());
  }

  /** The position of the KM committee's seat, as the plan writes it. */
  private static Optional<String> seat(KmPlan plan, CommitteeRole role) {
    return plan.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).stream()
        .flatMap(c -> c.members().stream())
        .filter(m -> m.role() == role)
        .map(CommitteeMember::position)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Whether a seat's position and the rule's words name one position ("นายกเทศมนตรี", "นายกเทศมนตรีตำบล…"). */
  private static boolean names(String position, String routedTo) {
    return position.startsWith(routedTo) || routedTo.startsWith(position);
  }
}
