package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.km.core.check.FindingAssertions.assertMentions;
import static th.km.core.check.FindingAssertions.codes;
import static th.km.core.check.FindingAssertions.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.plan.ActivityPeriod;
import th.km.core.plan.Citation;
import th.km.core.plan.CommitteeMember;
import th.km.core.plan.CommitteeRole;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.NameMention;
import th.km.core.plan.Organization;
import th.km.core.plan.PlanActivity;
import th.km.core.plan.SourceLocation;

/**
 * The checker's rules each on one defect put into the corrected seed plan, for the defects the seed
 * itself does not have; {@link PlanCheckerTest} checks the seed's own.
 */
class PlanCheckerInjectedDefectTest {

  private static CheckReport check(KmPlan plan) {
    return PlanChecker.check(plan);
  }

  private static KmPlan withActivity(KmPlan plan, int goal, int activity, java.util.function.UnaryOperator<PlanActivity> change) {
    List<KmGoal> goals =
        plan.goals().stream()
            .map(
                g ->
                    g.number() != goal
                        ? g
                        : g.withActivities(
                            g.activities().stream()
                                .map(a -> a.number() == activity ? change.apply(a) : a)
                                .toList()))
            .toList();
    return plan.withGoals(goals);
  }

  @Test
  void reportsAPeriodOutsideTheFiscalYearAsAnError() {
    KmPlan plan =
        withActivity(
            SeedLikePlan.clean(), 2, 3,
            a -> a.withPeriod(new ActivityPeriod("ต.ค. ๒๕๖๘ - ธ.ค. ๒๕๖๙", Optional.empty())));
    CheckReport report = check(plan);
    Finding f = only(report.findings(FindingCode.PERIOD_OUTSIDE_FISCAL_YEAR), "goal 2 / activity 3 (line 293)");
    assertEquals(Severity.ERROR, f.severity());
    assertMentions(f, "ต.ค. ๒๕๖๘ - ธ.ค. ๒๕๖๙", "2569");
    assertTrue(report.hasErrors());
  }

  @Test
  void reportsAPeriodItCannotRead() {
    KmPlan plan =
        withActivity(SeedLikePlan.clean(), 1, 1, a -> a.withPeriod(ActivityPeriod.unreadable("ตลอดปีงบประมาณ")));
    Finding f = only(check(plan).findings(FindingCode.PERIOD_UNREADABLE), "goal 1 / activity 1 (line 271)");
    assertEquals(Severity.WARNING, f.severity());
    assertMentions(f, "ตลอดปีงบประมาณ");
  }

  @Test
  void reportsTheUnknownPartOfAResponsible() {
    KmPlan plan =
        withActivity(SeedLikePlan.clean(), 3, 2, a -> a.withResponsible("กองคลัง / ชมรมผู้สูงอายุ"));
    Finding f = only(check(plan).findings(FindingCode.UNKNOWN_RESPONSIBLE), "goal 3 / activity 2 (line 312)");
    assertMentions(f, "ชมรมผู้สูงอายุ");
    assertFalse(f.message().en().contains("\"กองคลัง\""), "the known part is not blamed: " + f);
  }

  @Test
  void reportsEachMissingSection() {
    KmPlan bare =
        KmPlan.builder()
            .from(SeedLikePlan.clean())
            .announcement(Optional.empty())
            .committees(List.of())
            .monitoringRules(List.of())
            .form1(List.of())
            .scopes(List.of())
            .goals(List.of())
            .build();
    CheckReport report = check(bare);
    List<String> where =
        report.findings(FindingCode.MISSING_SECTION).stream().map(f -> f.location().toString()).toList();
    assertEquals(
        List.of(
                "announcement", "Form 1", "goals", "KM committee", "KM scopes", "M&E committee",
                "monitoring guidance", "monitoring guidance")
            .stream()
            .sorted()
            .toList(),
        where.stream().sorted().toList(),
        codes(report));
    assertTrue(report.hasErrors(), "a plan without goals is an error");
  }

  @Test
  void aGoalWithoutActivitiesIsAnError() {
    KmPlan plan =
        SeedLikePlan.clean()
            .withGoals(
                SeedLikePlan.clean().goals().stream()
                    .map(g -> g.number() == 2 ? g.withActivities(List.of()) : g)
                    .toList());
    Finding f = only(check(plan).findings(FindingCode.MISSING_SECTION), "goal 2");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(check(plan).findings(FindingCode.STEP_COVERAGE).isEmpty(), "not also a coverage finding");
  }

  @Test
  void anActivityBearingAnotherStepsNameIsAWarning() {
    KmPlan plan = withActivity(SeedLikePlan.clean(), 1, 2, a -> a.withName("การเข้าถึงความรู้"));
    Finding f = only(check(plan).findings(FindingCode.STEP_NAME_MISMATCH), "goal 1 / activity 2 (line 272)");
    assertEquals(Severity.WARNING, f.severity());
    assertMentions(f, "step 5", "การสร้างและแสวงหาความรู้");
  }

  @Test
  void aWellKnownReferenceCitedOnceWithTheWrongYearIsReported() {
    KmPlan plan =
        SeedLikePlan.clean()
            .withCitations(
                new Citation(SeedLikePlan.DECREE, "พ.ศ. ๒๕๕๖", 2556, SourceLocation.of("preface", 35)));
    Finding f = only(check(plan).findings(FindingCode.INCONSISTENT_YEAR), "preface (line 35)");
    assertMentions(f, "wrong year", "2546");
  }

  @Test
  void aDeclaredEnglishNameThatSpellsAMisspeltThaiNameIsStillReported() {
    // The seed's cover says "BAAN WAN", which an importer takes as the declared English name; it
    // romanises the misspelling บ้านหวาน, not บ้านแหวน (Ban Waen).
    KmPlan plan =
        SeedLikePlan.clean()
            .withOrganization(
                Organization.builder()
                    .from(SeedLikePlan.clean().organization())
                    .englishName("BAAN WAN SUBDISTRICT MUNICIPALITY")
                    .build())
            .withNameMentions(
                new NameMention("เทศบาลตำบลบ้านหวาน", SourceLocation.of("cover", 28)),
                new NameMention("BAAN WAN SUBDISTRICT MUNICIPALITY", SourceLocation.of("cover", 30)));
    Finding latin = only(check(plan).findings(FindingCode.ORG_NAME_VARIANT), "cover (line 30)");
    assertEquals(Severity.WARNING, latin.severity());
    assertMentions(latin, "Ban Waen", "บ้านหวาน");
  }

  @Test
  void comparesALatinNameWithTheRomanisedThaiName() {
    KmPlan declared =
        SeedLikePlan.clean()
            .withOrganization(
                Organization.builder().from(SeedLikePlan.clean().organization()).englishName("Baan Waen").build());
    assertTrue(check(declared).findings(FindingCode.ORG_NAME_VARIANT).isEmpty(), codes(check(declared)));
    KmPlan wrong =
        declared.withNameMentions(
            new NameMention("BAN WAN SUBDISTRICT MUNICIPALITY", SourceLocation.of("title page", 31)));
    assertMentions(
        only(check(wrong).findings(FindingCode.ORG_NAME_VARIANT), "title page (line 31)"),
        "BAN WAN", "Ban Waen", "RTGS");
  }

  @Test
  void leavesAnotherOrganizationsNameAlone() {
    KmPlan plan =
        withActivity(
            SeedLikePlan.clean(), 1, 1,
            a -> a.withMethod("ศึกษาดูงานที่เทศบาลตำบลหนองป่าครั่ง และเทศบาลตำบลบ้านแหวนใหม่"));
    assertTrue(check(plan).findings(FindingCode.ORG_NAME_VARIANT).isEmpty(), codes(check(plan)));
    KmPlan misspelt =
        withActivity(SeedLikePlan.clean(), 1, 1, a -> a.withMethod("จัดอบรมที่เทศบาลตำบลบ้านแหวณ"));
    assertMentions(
        only(check(misspelt).findings(FindingCode.ORG_NAME_VARIANT), "goal 1 / activity 1 (line 271)"),
        "เทศบาลตำบลบ้านแหวณ");
  }

  @Test
  void spotsAToneMarkWithoutConsonantAndADoubledOne() {
    KmPlan plan =
        withActivity(SeedLikePlan.clean(), 1, 1, a -> a.withNote("ดำเนินการ ่ต่อเนื่อง และที่่ผ่านมา"));
    List<Finding> found = check(plan).findings(FindingCode.MALFORMED_THAI);
    assertEquals(2, found.size(), codes(check(plan)));
    assertTrue(found.stream().anyMatch(f -> f.message().en().contains("has no consonant before it")), codes(check(plan)));
    assertTrue(
        found.stream().anyMatch(f -> f.message().en().contains("doubled") && f.message().en().contains("ที่่ผ่านมา")),
        codes(check(plan)));
  }

  @Test
  void notesArabicDigitsInAPlanThatOtherwiseWritesThaiOnes() {
    KmPlan plan = withActivity(SeedLikePlan.clean(), 1, 6, a -> a.withTarget("อย่างน้อย 2 ครั้ง"));
    Finding f = only(check(plan).findings(FindingCode.MIXED_DIGITS), "goal 1 / activity 6 (line 284)");
    assertMentions(f, "อย่างน้อย 2 ครั้ง");
  }

  @Test
  void anEraWithoutDotIsOnlyNotedBesideOneWithIt() {
    KmPlan minimal =
        KmPlan.builder()
            .organization(SeedLikePlan.clean().organization())
            .fiscalYear(SeedLikePlan.clean().fiscalYear())
            .title("แผนการจัดการความรู้ ประจำปีงบประมาณ พ.ศ ๒๕๖๙")
            .build();
    assertTrue(check(minimal).findings(FindingCode.ERA_ABBREVIATION).isEmpty(), codes(check(minimal)));
    KmPlan both = minimal.withPreparedBy("ฉบับปรับปรุง พ.ศ. ๒๕๖๙");
    assertMentions(only(check(both).findings(FindingCode.ERA_ABBREVIATION), "plan"), "1 places");
  }

  @Test
  void aCkoSeatAbbreviatedRightlyIsNoSpellingMistake() {
    KmPlan plan = SeedLikePlan.clean();
    CommitteeMember cko =
        plan.committees().get(0).members().stream().filter(m -> m.role() == CommitteeRole.CKO).findFirst().orElseThrow();
    assertTrue(cko.roleText().contains("CKO"));
    assertTrue(check(plan).findings(FindingCode.SPELLING).isEmpty());
  }
}
