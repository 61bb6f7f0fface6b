package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Citation;
import th.km.core.plan.Committee;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.NameMention;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.SourceLocation;

/**
 * The checker on many random plans: a clean plan draws no finding at all, and each kind of defect
 * put into a clean plan is reported with its code. The seed of each case is printed on failure.
 */
class PlanCheckerPropertyTest {

  private static final long SEED = 0x4B4D2569L;
  private static final int CASES = 300;

  private static String describe(long seed, CheckReport report) {
    return "seed " + seed + ":\n"
        + report.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void aCleanPlanDrawsNoFinding() {
    Random seeds = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      long seed = seeds.nextLong();
      KmPlan plan = new CleanPlanGenerator(new Random(seed)).plan();
      CheckReport report = PlanChecker.check(plan);
      assertFalse(report.hasErrors(), describe(seed, report));
      assertEquals(List.of(), report.findings(), describe(seed, report));
    }
  }

  /** One defect, and the code that must report it. */
  private record Defect(FindingCode code, BiFunction<KmPlan, Random, KmPlan> apply) {}

  private static KmPlan changeActivity(KmPlan plan, Random r, java.util.function.UnaryOperator<PlanActivity> change) {
    KmGoal goal = plan.goals().get(r.nextInt(plan.goals().size()));
    int n = 1 + r.nextInt(goal.activities().size());
    List<KmGoal> goals = new ArrayList<>();
    for (KmGoal g : plan.goals()) {
      goals.add(
          g.number() != goal.number()
              ? g
              : g.withActivities(g.activities().stream().map(a -> a.number() == n ? change.apply(a) : a).toList()));
    }
    return plan.withGoals(goals);
  }

  private static final List<Defect> DEFECTS =
      List.of(
          new Defect(
              FindingCode.INVALID_DATE,
              (p, r) ->
                  p.withAnnouncement(
                      p.announcement().orElseThrow().withDateText("ประกาศ ณ วันที่ ๓" + (2 + r.nextInt(8)) + " มกราคม พ.ศ. ๒๕๖๙"))),
          new Defect(
              FindingCode.INCONSISTENT_YEAR,
              (p, r) ->
                  p.withCitations(
                      p.citations().get(0),
                      new Citation(SeedLikePlan.DECREE, "พ.ศ. ๒๕๕๖", 2556, SourceLocation.of("preface", 30)))),
          new Defect(
              FindingCode.TARGET_NOT_MEASURABLE,
              (p, r) -> changeActivity(p, r, a -> a.withTarget("พนักงานในสังกัด"))),
          new Defect(
              FindingCode.PERIOD_OUTSIDE_FISCAL_YEAR,
              (p, r) ->
                  changeActivity(
                      p, r,
                      a -> a.withPeriod(ActivityPeriod.unreadable("ต.ค. ๒๕๕๐ - ก.ย. ๒๕๕๑")))),
          new Defect(
              FindingCode.PERIOD_UNREADABLE,
              (p, r) -> changeActivity(p, r, a -> a.withPeriod(ActivityPeriod.unreadable("ตลอดปี")))),
          new Defect(
              FindingCode.UNKNOWN_RESPONSIBLE,
              (p, r) -> changeActivity(p, r, a -> a.withResponsible(a.responsible() + " / ชมรมผู้สูงอายุ"))),
          new Defect(FindingCode.MISSING_SECTION, (p, r) -> p.withScopes(List.of())),
          new Defect(
              FindingCode.ORG_NAME_VARIANT,
              (p, r) -> {
                String name = p.organization().name();
                int at = r.nextInt(name.length());
                String misspelt = name.substring(0, at) + "ว" + name.substring(at + 1);
                return misspelt.equals(name)
                    ? p.withNameMentions(new NameMention("BAAN WAN", SourceLocation.of("title page", 2)))
                    : p.withNameMentions(
                        new NameMention(p.organization().type().thaiName() + misspelt, SourceLocation.of("title page", 2)));
              }),
          new Defect(
              FindingCode.STEP_NAME_MISMATCH,
              (p, r) -> changeActivity(p, r, a -> a.withName(dropOneLetter(a.step().thaiName(), r)))),
          new Defect(
              FindingCode.SPELLING,
              (p, r) ->
                  p.withCommittees(
                      p.committees().stream().map(PlanCheckerPropertyTest::misspellCko).toList())),
          new Defect(
              FindingCode.MALFORMED_THAI,
              (p, r) -> changeActivity(p, r, a -> a.withMethod(a.method() + " ศรีัญญา"))),
          new Defect(
              FindingCode.MIXED_DIGITS,
              (p, r) -> changeActivity(p, r, a -> a.withTarget("อย่างน้อย " + (1 + r.nextInt(9)) + " ครั้ง"))),
          new Defect(
              FindingCode.ERA_ABBREVIATION,
              (p, r) -> p.withTitle(p.title().replace("พ.ศ.", "พ.ศ"))));

  private static String dropOneLetter(String name, Random r) {
    int at = 3 + r.nextInt(name.length() - 4);
    return name.substring(0, at) + name.substring(at + 1);
  }

  private static Committee misspellCko(Committee c) {
    return c.withMembers(
        c.members().stream()
            .map(
                m ->
                    m.role() == CommitteeRole.CKO
                        ? new CommitteeMember(m.role(), m.personName(), m.position(), m.roleText().replace("CKO", "CKD"))
                        : m)
            .toList());
  }

  @Test
  void eachDefectPutIntoACleanPlanIsReported() {
    Random seeds = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      KmPlan clean = new CleanPlanGenerator(r).plan();
      Defect defect = DEFECTS.get(r.nextInt(DEFECTS.size()));
      KmPlan broken = defect.apply().apply(clean, r);
      CheckReport report = PlanChecker.check(broken);
      assertTrue(
          !report.findings(defect.code()).isEmpty(),
          "expected " + defect.code() + ", " + describe(seed, report));
    }
  }

  @Test
  void removingAnActivityOfAGoalWithSeveralIsACoverageFinding() {
    Random seeds = new Random(SEED + 2);
    for (int i = 0; i < CASES / 3; i++) {
      long seed = seeds.nextLong();
      KmPlan plan = new CleanPlanGenerator(new Random(seed)).plan();
      KmGoal first = plan.goals().get(0);
      PlanActivity dropped = first.activities().get(first.activities().size() - 1);
      KmGoal shorter = first.withActivities(first.activities().subList(0, first.activities().size() - 1));
      List<KmGoal> goals = new ArrayList<>(plan.goals());
      goals.set(0, shorter);
      CheckReport report = PlanChecker.check(plan.withGoals(goals));
      FindingCode expected =
          first.framework() == th.km.core.plan.Framework.KM_PROCESS
              ? FindingCode.STEP_COVERAGE
              : FindingCode.ELEMENT_COVERAGE;
      List<Finding> found = report.findings(expected);
      assertEquals(1, found.size(), describe(seed, report));
      assertTrue(found.get(0).message().th().contains(dropped.step().thaiName()), describe(seed, report));
      assertEquals(Optional.of(1), found.get(0).location().goal());
    }
  }
}
