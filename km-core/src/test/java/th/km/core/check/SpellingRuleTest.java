package th.km.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.km.core.LocalizedText;
import th.km.core.check.PlanTexts.PlanText;

/** How the spelling rule cuts a text into runs of Latin words, and that a long run is checked. */
class SpellingRuleTest {

  @Test
  void wordsPartedOnlyBySpacesOrTabsMakeOneRun() {
    assertEquals(
        List.of(List.of("Chief", "Knowledge", "Officer"), List.of("CKO"), List.of("it's", "KM")),
        SpellingRule.latinRuns("ผู้บริหาร Chief  Knowledge\tOfficer (CKO), it's KM"));
    assertEquals(List.of(), SpellingRule.latinRuns("ไม่มีคำภาษาอังกฤษ"));
  }

  @Test
  void aRunOfFiftyThousandWordsIsCheckedWithoutOverflowingTheStack() {
    String words = String.join(" ", Collections.nCopies(50_000, "Knowlege"));
    String text = words + " Chief Knowlege Officer";
    PlanText planText = new PlanText(text, FindingLocation.of("plan"), LocalizedText.of("แผน", "plan"));
    assertEquals(50_003, SpellingRule.latinRuns(text).get(0).size());
    List<Finding> findings = new SpellingRule().check(SeedLikePlan.clean(), List.of(planText));
    assertTrue(
        findings.stream().anyMatch(f -> f.message().en().contains("Chief Knowledge Officer")),
        findings.toString());
  }
}
