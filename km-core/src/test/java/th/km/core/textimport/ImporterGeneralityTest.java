package th.km.core.textimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.MonitoringRule;
import th.km.core.plan.NameMention;

/**
 * The seed changed the way another organization's plan differs from it: other names, divisions,
 * numbers and years, other digits and line endings, sections left out. The importer must read each
 * as it reads the seed.
 */
class ImporterGeneralityTest {

  private static final String SEED = Fixtures.text(Fixtures.BAN_WAEN);
  private static final ImportResult SEED_RESULT = Fixtures.importFixture(Fixtures.BAN_WAEN);

  @Test
  void arabicDigitsReadLikeThaiDigits() {
    ImportResult result =
        PlanTextImporter.importText(ThaiDigits.toArabic(SEED), ImportOptions.defaults());
    KmPlan plan = result.plan().orElseThrow();
    assertEquals(2569, plan.fiscalYear().buddhistYear());
    assertEquals(List.of(5, 6, 7, 6), activityCounts(plan));
    assertEquals(9, plan.form1().size());
    assertEquals(4, plan.form1().get(0).requiredKnowledge().size());
    assertEquals(3, plan.scopes().size());
    assertEquals(13, plan.stepDescriptions().size());
    assertEquals(15, plan.monitoringRule(MonitoringRule.TrainingReport.class).orElseThrow().days());
    assertEquals(
        List.of(2556, 2546), plan.citations().stream().map(c -> c.buddhistYear()).toList());
    assertEquals(issueLines(SEED_RESULT), issueLines(result));
  }

  @Test
  void anotherOrganizationWithOtherDivisionsAndNumbers() {
    String text = SEED;
    for (String[] r :
        List.of(
            new String[] {"๒๕๖๙", "๒๕๗๑"},
            new String[] {"๒๕๖๘", "๒๕๗๐"},
            new String[] {"บ้านแหวน", "ดอนแก้ว"},
            new String[] {"บ้านหวาน", "ดอนแกว"},
            new String[] {"BAAN WAN", "DON KAEO"},
            new String[] {"หางดง", "สันทราย"},
            new String[] {"นายชุมพร จาปัญญา", "นางมาลี ศรีสวัสดิ์"},
            new String[] {"กองการศึกษา", "กองสวัสดิการสังคม"},
            new String[] {"ภายใน ๑๕ วัน", "ภายใน ๓๐ วัน"},
            new String[] {"ปีละ ๑ ครั้ง", "ปีละ ๓ ครั้ง"})) {
      text = text.replace(r[0], r[1]);
    }
    KmPlan plan = PlanTextImporter.importText(text, ImportOptions.defaults()).plan().orElseThrow();
    assertEquals("ดอนแก้ว", plan.organization().name());
    assertEquals("don-kaeo", plan.organization().code().value());
    assertEquals(Optional.of("สันทราย"), plan.organization().district());
    assertEquals(2571, plan.fiscalYear().buddhistYear());
    assertEquals(
        List.of("clerk", "finance", "public-works", "social-welfare", "health"),
        plan.divisions().stream().map(d -> d.code().value()).toList());
    assertEquals(30, plan.monitoringRule(MonitoringRule.TrainingReport.class).orElseThrow().days());
    assertEquals(
        3, plan.monitoringRule(MonitoringRule.EvaluationReport.class).orElseThrow().timesPerYear());
    assertEquals(Optional.of("นางมาลี ศรีสวัสดิ์"), plan.announcement().orElseThrow().signerName());
    assertTrue(
        plan.nameMentions().stream().map(NameMention::text).anyMatch("เทศบาลตำบลดอนแกว"::equals));
    assertTrue(
        plan.goals().stream()
            .flatMap(g -> g.activities().stream())
            .allMatch(a -> a.period().months().orElseThrow().start().getYear() == 2027));
  }

  @Test
  void windowsLineEndingsKeepTheLineNumbers() {
    ImportResult result =
        PlanTextImporter.importText(SEED.replace("\n", "\r\n"), ImportOptions.defaults());
    assertEquals(issueLines(SEED_RESULT), issueLines(result));
    assertEquals(
        Optional.of(279),
        result.plan().orElseThrow().goal(2).orElseThrow().activities().get(1).sourceLine());
  }

  @Test
  void sectionsLeftOutAreSimplyAbsent() {
    List<String> lines = new ArrayList<>(Arrays.asList(SEED.split("\n", -1)));
    // Remove from the end so the earlier line numbers stay valid: scopes, tools, contents.
    removeLines(lines, 247, 253);
    removeLines(lines, 178, 189);
    removeLines(lines, 42, 53);
    ImportResult result =
        PlanTextImporter.importText(String.join("\n", lines), ImportOptions.defaults());
    KmPlan plan = result.plan().orElseThrow();
    assertEquals(List.of(), plan.scopes());
    assertEquals(List.of(), plan.tools());
    assertFalse(plan.narrative().stream().anyMatch(n -> n.heading().equals("สารบัญ")));
    assertEquals(List.of(5, 6, 7, 6), activityCounts(plan));
    assertFalse(result.hasErrors(), result.issues().toString());
  }

  private static void removeLines(List<String> lines, int first, int last) {
    lines.subList(first - 1, last).clear();
  }

  private static List<Integer> activityCounts(KmPlan plan) {
    return plan.goals().stream().map(KmGoal::activities).map(List::size).toList();
  }

  private static List<String> issueLines(ImportResult result) {
    return result.issues().stream().map(i -> i.severity() + " " + i.line()).toList();
  }
}
