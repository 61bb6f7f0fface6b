package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The checker on the seed's plan: every known defect of the seed is reported where it is, and the
 * corrected plan draws no finding at all.
 */
class PlanCheckerTest {

  private static final CheckReport SEED = PlanChecker.check(SeedLikePlan.defective());

  private static List<Finding> seed(FindingCode code) {
    return SEED.findings(code);
  }

  private static Finding only(List<Finding> findings, String location) {
    List<Finding> at = findings.stream().filter(f -> f.location().toString().equals(location)).toList();
    assertEquals(1, at.size(), "one finding at " + location + " in " + findings);
    return at.get(0);
  }

  private static void assertMentions(Finding f, String... words) {
    for (String w : words) {
      assertTrue(
          f.message().en().contains(w) || f.message().th().contains(w),
          "the message should name " + w + ": " + f.message());
    }
  }

  private static CheckReport check(KmPlan plan) {
    return PlanChecker.check(plan);
  }

  private static String codes(CheckReport report) {
    return report.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void theCorrectedPlanDrawsNoFinding() {
    CheckReport clean = check(SeedLikePlan.clean());
    assertEquals(List.of(), clean.findings(), codes(clean));
    assertFalse(clean.hasErrors());
  }

  @Test
  void theSeedHasErrors() {
    assertTrue(SEED.hasErrors(), codes(SEED));
  }

  @Test
  void reportsTheMisspeltOrganizationName() {
    Finding f = only(seed(FindingCode.ORG_NAME_VARIANT), "title page (line 29)");
    assertMentions(f, "เทศบาลตำบลบ้านหวาน", "เทศบาลตำบลบ้านแหวน");
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void reportsTheLatinNameAndWhichMisspellingItSpells() {
    Finding f = only(seed(FindingCode.ORG_NAME_VARIANT), "title page (line 31)");
    assertMentions(f, "BAAN WAN SUBDISTRICT MUNICIPALITY", "Ban Waen", "บ้านหวาน", "misspelling");
  }

  @Test
  void reportsBothGarbledHalvesOfGoalThreesTitle() {
    Finding f = only(seed(FindingCode.ORG_NAME_VARIANT), "goal 3");
    assertMentions(f, "เทศบาลตำบลบ้านอัครแห่งการเรียนรู้", "เทศบาลตำบลบ้านองค์การแห่งการเรียนรู้");
    assertEquals(3, seed(FindingCode.ORG_NAME_VARIANT).size(), codes(SEED));
  }

  @Test
  void reportsTheDayThatDoesNotExist() {
    Finding f = only(seed(FindingCode.INVALID_DATE), "announcement");
    assertEquals(Severity.ERROR, f.severity());
    assertMentions(f, "วันที่ 68 เดือน มีนาคม", "no day 68 in March");
  }

  @Test
  void reportsTheDecreeCitedWithTwoYearsAndSaysWhichIsRight() {
    List<Finding> years = seed(FindingCode.INCONSISTENT_YEAR);
    assertEquals(1, years.size(), codes(SEED));
    Finding f = years.get(0);
    assertEquals("announcement (line 9)", f.location().toString(), "where the wrong year is");
    assertMentions(f, "๒๕๕๖", "๒๕๔๖", "B.E. 2546");
  }

  @Test
  void reportsTheMisnamedActivityAsANearMiss() {
    Finding f = only(seed(FindingCode.STEP_NAME_MISMATCH), "goal 1 / activity 4 (line 282)");
    assertEquals(Severity.WARNING, f.severity());
    assertMentions(f, "การประเมินผลและกลั่นกรองความรู้", "การประมวลและกลั่นกรองความรู้");
  }

  @Test
  void notesTheActivityNamedForItsContent() {
    Finding f = only(seed(FindingCode.STEP_NAME_MISMATCH), "goal 4 / activity 5 (line 331)");
    assertEquals(Severity.INFO, f.severity());
    assertMentions(f, "HAAPPY WORK PACE", "การยกย่องชมเชยและให้รางวัล");
    assertEquals(2, seed(FindingCode.STEP_NAME_MISMATCH).size(), "goals 2 and 3 use accepted names");
  }

  @Test
  void namesTheStepsAGoalMisses() {
    List<Finding> steps = seed(FindingCode.STEP_COVERAGE);
    assertEquals(2, steps.size(), codes(SEED));
    assertMentions(only(steps, "goal 1"), "การแบ่งปันแลกเปลี่ยนความรู้", "การเรียนรู้");
    assertMentions(only(steps, "goal 2"), "การบ่งชี้ความรู้");
    assertMentions(only(seed(FindingCode.ELEMENT_COVERAGE), "goal 4"), "การวัดผล");
  }

  @Test
  void reportsTargetsWithNothingToMeasure() {
    List<Finding> targets = seed(FindingCode.TARGET_NOT_MEASURABLE);
    assertMentions(only(targets, "goal 1 / activity 2 (line 272)"), "พนักงานในสังกัด");
    Finding part = only(targets, "goal 1 / activity 3 (line 281)");
    assertMentions(part, "มีคู่มือการปฏิบัติงาน");
    assertFalse(part.message().en().contains("ไม่น้อยกว่า ๕ คน"), "the measurable part is not blamed");
    assertMentions(only(targets, "goal 1 / activity 5 (line 283)"), "how many");
    assertTrue(targets.stream().noneMatch(f -> f.location().goal().equals(Optional.of(4))
        && f.location().activity().equals(Optional.of(1))), "ร้อยละ ๙๐ is measurable");
    assertEquals(19, targets.size(), "5 in goal 1, 6 in goal 2, 7 in goal 3, 1 in goal 4");
  }

  @Test
  void spotsTheMisspeltAbbreviationAndTerm() {
    List<Finding> spelling = seed(FindingCode.SPELLING);
    assertMentions(only(spelling, "KM committee"), "CKD", "CKO");
    assertMentions(only(spelling, "goal 4 / activity 5 (line 331)"), "HAAPPY WORK PACE", "HAPPY WORKPLACE");
    assertEquals(2, spelling.size(), codes(SEED));
  }

  @Test
  void spotsTheStrayVowelMark() {
    Finding f = only(seed(FindingCode.MALFORMED_THAI), "KM committee");
    assertMentions(f, "ศรีัญญา", "secretary");
  }

  @Test
  void notesTheMixedDigitsOfTheAnnouncementDate() {
    Finding f = only(seed(FindingCode.MIXED_DIGITS), "announcement");
    assertEquals(Severity.INFO, f.severity());
    assertMentions(f, "\"68\"", "\"๒๕๖๙\"");
  }

  @Test
  void notesTheEraWithoutItsDot() {
    Finding f = only(seed(FindingCode.ERA_ABBREVIATION), "Form 1 row 3");
    assertMentions(f, "2 places", "Form 1 row 5");
  }

  @Test
  void listsErrorsFirstThenInThePlansOrder() {
    List<Finding> findings = SEED.findings();
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(Finding.ORDER.compare(findings.get(i - 1), findings.get(i)) <= 0, findings.get(i).toString());
    }
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(Severity.INFO, findings.get(findings.size() - 1).severity());
  }

  @Test
  void everyMessageIsInThaiAndEnglishAndQuotesWhatItBlames() {
    for (Finding f : SEED.findings()) {
      assertTrue(f.message().th().codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B), f.toString());
      assertTrue(f.message().en().contains("\""), "quotes the text: " + f);
    }
  }

  // --- each rule on one defect put into the clean plan ---

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
  void readsCitationsTheImporterMissedFromTheTexts() {
    KmPlan plan = SeedLikePlan.defective().withCitations(List.of());
    Finding f = SEED.findings(FindingCode.INCONSISTENT_YEAR).get(0);
    List<Finding> fromTexts = check(plan).findings(FindingCode.INCONSISTENT_YEAR);
    assertEquals(1, fromTexts.size(), codes(check(plan)));
    assertMentions(fromTexts.get(0), "๒๕๕๖", "๒๕๔๖");
    assertEquals("announcement", fromTexts.get(0).location().toString(), "was " + f.location());
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

  @Test
  void everyCodeIsReportedOnSomePlanOfThisTest() {
    assertEquals(
        List.of(
            FindingCode.PROVINCE_CODE, // ProvinceCodeRuleTest puts it into the clean plan
            FindingCode.PERIOD_OUTSIDE_FISCAL_YEAR,
            FindingCode.PERIOD_UNREADABLE,
            FindingCode.UNKNOWN_RESPONSIBLE,
            FindingCode.MISSING_SECTION),
        java.util.Arrays.stream(FindingCode.values()).filter(c -> seed(c).isEmpty()).toList(),
        "the seed has no such defect; the tests above put each into the clean plan");
  }
}
