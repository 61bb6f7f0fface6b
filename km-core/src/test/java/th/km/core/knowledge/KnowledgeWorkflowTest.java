package th.km.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.core.knowledge.KnowledgeWorkflow.Transition.APPROVE;
import static th.km.core.knowledge.KnowledgeWorkflow.Transition.PUBLISH;
import static th.km.core.knowledge.KnowledgeWorkflow.Transition.RETURN_TO_DRAFT;
import static th.km.core.knowledge.KnowledgeWorkflow.Transition.REVIEW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;

class KnowledgeWorkflowTest {

  private static final Optional<DivisionCode> FINANCE = Optional.of(new DivisionCode("finance"));
  private static final Optional<DivisionCode> WORKS = Optional.of(new DivisionCode("public-works"));
  private static final Optional<DivisionCode> NONE = Optional.empty();

  @Test
  void aDraftGoesThroughReviewApprovalAndPublicationInOrder() {
    assertEquals(Set.copyOf(EnumSet.of(REVIEW)), KnowledgeWorkflow.allowed(Role.SECRETARY, NONE, FINANCE, KnowledgeState.DRAFT));
    assertEquals(Set.copyOf(EnumSet.of(APPROVE, RETURN_TO_DRAFT)), KnowledgeWorkflow.allowed(Role.CKO, NONE, FINANCE, KnowledgeState.REVIEWED));
    assertEquals(Set.copyOf(EnumSet.of(PUBLISH, RETURN_TO_DRAFT)), KnowledgeWorkflow.allowed(Role.CHAIR, NONE, FINANCE, KnowledgeState.APPROVED));
    assertTrue(KnowledgeWorkflow.allowed(Role.CKO, NONE, FINANCE, KnowledgeState.PUBLISHED).isEmpty());
    assertEquals(KnowledgeState.REVIEWED, REVIEW.to());
    assertEquals(KnowledgeState.APPROVED, APPROVE.to());
    assertEquals(KnowledgeState.PUBLISHED, PUBLISH.to());
  }

  @Test
  void onlyApproversApprove() {
    for (Role role : Role.values()) {
      assertEquals(role.approves(), KnowledgeWorkflow.mayMake(APPROVE, role, FINANCE, FINANCE));
    }
  }

  @Test
  void aDivisionHeadEditsAndReviewsOnlyTheOwnDivisionsAssets() {
    assertTrue(KnowledgeWorkflow.mayEdit(Role.DIVISION_HEAD, FINANCE, FINANCE));
    assertFalse(KnowledgeWorkflow.mayEdit(Role.DIVISION_HEAD, FINANCE, WORKS));
    assertFalse(KnowledgeWorkflow.mayEdit(Role.DIVISION_HEAD, FINANCE, NONE));
    assertEquals(Set.copyOf(EnumSet.of(REVIEW)), KnowledgeWorkflow.allowed(Role.DIVISION_HEAD, FINANCE, FINANCE, KnowledgeState.DRAFT));
    assertTrue(KnowledgeWorkflow.allowed(Role.DIVISION_HEAD, FINANCE, WORKS, KnowledgeState.DRAFT).isEmpty());
    assertEquals(Set.copyOf(EnumSet.of(RETURN_TO_DRAFT)), KnowledgeWorkflow.allowed(Role.DIVISION_HEAD, FINANCE, FINANCE, KnowledgeState.APPROVED));
  }

  @Test
  void staffReadOnlyWhatIsApproved() {
    assertFalse(KnowledgeWorkflow.mayEdit(Role.STAFF, FINANCE, FINANCE));
    assertFalse(KnowledgeWorkflow.seesWork(Role.STAFF, FINANCE, FINANCE));
    for (KnowledgeState s : KnowledgeState.values()) {
      assertTrue(KnowledgeWorkflow.allowed(Role.STAFF, FINANCE, FINANCE, s).isEmpty());
    }
    assertTrue(KnowledgeWorkflow.seesWork(Role.CKO, NONE, FINANCE));
    assertFalse(KnowledgeWorkflow.seesWork(Role.DIVISION_HEAD, WORKS, FINANCE));
    assertTrue(KnowledgeState.APPROVED.readable());
    assertTrue(KnowledgeState.PUBLISHED.readable());
    assertFalse(KnowledgeState.REVIEWED.readable());
  }
}
