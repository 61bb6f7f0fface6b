package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;

class PlanSummaryTest {

  @Test
  void summarisesTheSeedsShape() {
    PlanSummary s = PlanSummary.of(SeedLikePlan.defective());
    assertEquals("เทศบาลตำบลบ้านแหวน", s.organization());
    assertEquals(2569, s.fiscalYear());
    assertEquals(5, s.divisions());
    assertEquals(
        List.of(
            new PlanSummary.GoalSize(1, 5),
            new PlanSummary.GoalSize(2, 6),
            new PlanSummary.GoalSize(3, 7),
            new PlanSummary.GoalSize(4, 5)),
        s.goals());
    assertEquals(4, s.form1Activities());
    assertEquals(3, s.scopes());
    assertEquals(new PlanSummary.CommitteeSeats(1, 1, 5, 1), s.kmCommittee());
    assertEquals(7, s.meCommittee());
    assertEquals(Optional.of(15), s.trainingReportDays());
    assertEquals(Optional.of(1), s.meReportsPerYear());
  }

  @Test
  void aPlanWithoutCommitteesOrRulesSummarisesAsEmpty() {
    KmPlan bare =
        KmPlan.builder()
            .from(SeedLikePlan.clean())
            .committees(List.of())
            .monitoringRules(List.of())
            .build();
    PlanSummary s = PlanSummary.of(bare);
    assertEquals(new PlanSummary.CommitteeSeats(0, 0, 0, 0), s.kmCommittee());
    assertEquals(0, s.meCommittee());
    assertEquals(Optional.empty(), s.trainingReportDays());
    assertEquals(Optional.empty(), s.meReportsPerYear());
  }
}
