package th.km.web.planedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.PlanActivity;
import th.km.core.testing.PlanGenerator;
import th.km.web.TestPlans;

/** The readable diff of two plans, and the editor's tree that puts form values back. */
class PlanDiffTest {

  private static final Function<String, String> LABELS =
      PlanEditing.labels(key -> Optional.of(Map.of(
          "planEdit.field.goals", "เป้าหมาย KM",
          "planEdit.field.activities", "กิจกรรม",
          "planEdit.field.target", "เป้าหมาย",
          "planEdit.field.name", "ชื่อ").getOrDefault(key, key.substring(key.lastIndexOf('.') + 1))));

  @Test
  void anActivityInsertedInTheMiddleIsAddedNotEveryLaterOneChanged() {
    KmPlan before = TestPlans.banWaen();
    KmGoal goal = before.goals().get(0);
    List<PlanActivity> activities = new ArrayList<>(goal.activities());
    PlanActivity inserted = PlanActivity.builder().from(activities.get(0)).number(9).name("กิจกรรมใหม่").build();
    activities.add(1, inserted);
    KmPlan after =
        KmPlan.builder()
            .from(before)
            .goals(List.of(KmGoal.builder().from(goal).activities(activities).build(), before.goals().get(1)))
            .build();

    List<PlanDiff.PartChanges> parts = PlanDiff.compare(PlanTree.of(before), PlanTree.of(after), LABELS);

    assertEquals(1, parts.size());
    assertEquals("goals", parts.get(0).part());
    assertTrue(parts.get(0).changes().stream().allMatch(c -> c.kind() == PlanDiff.Kind.ADDED), parts.toString());
    assertTrue(parts.get(0).changes().stream().allMatch(c -> c.label().startsWith("เป้าหมาย KM 1 › กิจกรรม 9")));
    assertTrue(parts.get(0).changes().contains(new PlanDiff.Change(PlanDiff.Kind.ADDED, "เป้าหมาย KM 1 › กิจกรรม 9 › ชื่อ", "", "กิจกรรมใหม่")));
  }

  @Test
  void aChangedValueShowsBeforeAndAfterAndEqualPlansHaveNoChanges() {
    KmPlan before = TestPlans.banWaen();
    PlanTree edited = PlanTree.of(before);
    assertEquals(Optional.empty(), edited.set("goals[0].activities[1].target", "ไม่น้อยกว่า ๑๐ คน", null));
    KmPlan after = edited.plan("test");

    List<PlanDiff.PartChanges> parts = PlanDiff.compare(PlanTree.of(before), PlanTree.of(after), LABELS);
    assertEquals(
        List.of(new PlanDiff.PartChanges("goals", List.of(new PlanDiff.Change(
            PlanDiff.Kind.CHANGED, "เป้าหมาย KM 1 › กิจกรรม 2 › เป้าหมาย", before.goals().get(0).activities().get(1).target(), "ไม่น้อยกว่า ๑๐ คน")))),
        parts);
    assertEquals(List.of(), PlanDiff.compare(PlanTree.of(after), PlanTree.of(after), LABELS));
  }

  @Test
  void aTreeReadBackUnchangedIsTheSamePlanForRandomPlans() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 30; i++) {
      KmPlan plan = PlanGenerator.plan(random);
      PlanTree tree = PlanTree.of(plan);
      assertEquals(plan, tree.plan("test"), "plan " + i + " of seed " + seed + "L");
      assertEquals(List.of(), PlanDiff.compare(tree, PlanTree.of(plan), LABELS), "seed " + seed + "L");
    }
  }

  @Test
  void aNumberFieldRefusesTextAndAListTakesOneItemALine() {
    PlanTree tree = PlanTree.of(TestPlans.banWaen());
    assertEquals(Optional.of("planEdit.error.notANumber"), tree.set("goals[0].number", "หนึ่ง", null));
    assertEquals(Optional.empty(), tree.set("goals[0].number", "๒", null));
    assertEquals(2, tree.at("goals[0].number").asInt(), "Thai digits are read");
    assertEquals(Optional.empty(), tree.set("scopes[0].benefitsToStaff", "ข้อหนึ่ง\r\n\r\nข้อสอง\n", null));
    assertEquals(List.of("ข้อหนึ่ง", "ข้อสอง"), tree.plan("test").scopes().get(0).benefitsToStaff());
    assertEquals(Optional.of("planEdit.error.badPath"), tree.set("goals[0]", "x", null));
  }
}
