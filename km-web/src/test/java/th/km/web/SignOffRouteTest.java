package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeKind;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.StaffCategory;
import th.km.core.records.StaffMember;
import th.km.web.entry.SignOffRoute;

/**
 * "My tasks" routes a report's signature to whoever the plan's own chain names next: the shipped
 * chain (director, chair, mayor), a plan that routes reports to the municipal clerk who chairs the
 * committee (the mayor is never asked), and a plan whose committee has no chair.
 */
class SignOffRouteTest {

  private static final DivisionCode FINANCE = DivisionCode.of("finance");
  private static final StaffMember CLERK =
      StaffMember.builder()
          .id("s9")
          .name("นางสาวทดสอบ ลำดับชั้น")
          .category(StaffCategory.MUNICIPAL_OFFICER)
          .division(FINANCE)
          .build();
  private static final Account HEAD = account("head", Role.DIVISION_HEAD, Optional.of(FINANCE));
  private static final Account CHAIR = account("chair", Role.CHAIR, Optional.empty());
  private static final Account CKO = account("cko", Role.CKO, Optional.empty());

  @Test
  void theShippedChainGoesFromTheDirectorToTheChairToTheMayor() {
    List<Role> route = SignOffRoute.of(TestPlans.banWaen());
    assertEquals(List.of(Role.DIVISION_HEAD, Role.CHAIR, Role.CKO), route);
    assertTrue(SignOffRoute.signsNext(route, HEAD, CLERK, 0));
    assertFalse(SignOffRoute.signsNext(route, CHAIR, CLERK, 0), "not before the director");
    assertTrue(SignOffRoute.signsNext(route, CHAIR, CLERK, 1));
    assertFalse(SignOffRoute.signsNext(route, CKO, CLERK, 1), "not before the chair");
    assertTrue(SignOffRoute.signsNext(route, CKO, CLERK, 2));
    assertFalse(
        SignOffRoute.signsNext(
            route, account("other", Role.DIVISION_HEAD, Optional.of(DivisionCode.of("clerk"))), CLERK, 0),
        "another division's director");
  }

  @Test
  void aPlanThatRoutesReportsToTheClerkEndsAtTheChair() {
    KmPlan plan = routedTo(TestPlans.banWaen(), "ปลัดเทศบาล");
    List<Role> route = SignOffRoute.of(plan);
    assertEquals(List.of(Role.DIVISION_HEAD, Role.CHAIR), route);
    assertTrue(SignOffRoute.signsNext(route, CHAIR, CLERK, 1));
    assertTrue(SignOffRoute.signsNext(route, CHAIR, CLERK, 2), "the end of this chain is the chair's");
    assertFalse(SignOffRoute.signsNext(route, CKO, CLERK, 2), "the mayor is not on this chain");
  }

  @Test
  void aCommitteeWithoutAChairGoesFromTheDirectorToTheMayor() {
    KmPlan shipped = TestPlans.banWaen();
    Committee km = shipped.committee(CommitteeKind.KNOWLEDGE_MANAGEMENT).orElseThrow();
    Committee noChair =
        Committee.builder()
            .from(km)
            .members(km.members().stream().filter(m -> m.role() != CommitteeRole.CHAIR).toList())
            .duties(km.duties().stream().filter(d -> d.role() != CommitteeRole.CHAIR).toList())
            .build();
    KmPlan plan =
        KmPlan.builder()
            .from(shipped)
            .committees(
                shipped.committees().stream().map(c -> c.kind() == km.kind() ? noChair : c).toList())
            .build();
    List<Role> route = SignOffRoute.of(plan);
    assertEquals(List.of(Role.DIVISION_HEAD, Role.CKO), route);
    assertTrue(SignOffRoute.signsNext(route, CKO, CLERK, 1));
    assertFalse(SignOffRoute.signsNext(route, CHAIR, CLERK, 1));
  }

  private static KmPlan routedTo(KmPlan plan, String position) {
    return KmPlan.builder()
        .from(plan)
        .monitoringRules(
            plan.monitoringRules().stream()
                .map(
                    r ->
                        r instanceof MonitoringRule.TrainingReport t
                            ? new MonitoringRule.TrainingReport(t.text(), t.days(), position, t.externalOnly())
                            : r)
                .toList())
        .build();
  }

  private static Account account(String name, Role role, Optional<DivisionCode> division) {
    return new Account(name, "x", role, TestPlans.ORG, division, Optional.empty());
  }
}
