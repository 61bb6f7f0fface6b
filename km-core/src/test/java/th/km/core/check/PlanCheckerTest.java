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
import th.km.core.plan.KmPlan;

/**
 * The checker on the seed's plan: every known defect of the seed is reported where it is, and the
 * corrected plan draws no finding at all.
 */
class PlanCheckerTest {

  private static final CheckReport SEED = PlanChecker.check(SeedLikePlan.defective());

  private static List<Finding> seed(FindingCode code) {
    return SEED.findings(code);
  }

  private static CheckReport check(KmPlan plan) {
    return PlanChecker.check(plan);
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
  void everyCodeIsReportedOnSomePlanOfThisTest() {
    assertEquals(
        List.of(
            FindingCode.PROVINCE_CODE, // ProvinceCodeRuleTest puts it into the clean plan
            FindingCode.PERIOD_OUTSIDE_FISCAL_YEAR,
            FindingCode.PERIOD_UNREADABLE,
            FindingCode.UNKNOWN_RESPONSIBLE,
            FindingCode.MISSING_SECTION),
        java.util.Arrays.stream(FindingCode.values()).filter(c -> seed(c).isEmpty()).toList(),
        "the seed has no such defect; PlanCheckerInjectedDefectTest puts each into the clean plan");
  }
}
