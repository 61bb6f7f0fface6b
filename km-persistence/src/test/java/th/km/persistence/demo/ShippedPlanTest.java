package th.km.persistence.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import th.km.core.check.CheckReport;
import th.km.core.check.FindingCode;
import th.km.core.check.PlanChecker;
import th.km.core.check.Severity;
import th.km.core.plan.KmPlan;
import th.km.persistence.planfile.PlanJson;

/** The shipped Ban Waen plan: canonical, complete, and free of the seed's correctable defects. */
class ShippedPlanTest {

  private static final String RESOURCE = "/th/km/persistence/demo/ban-waen-2569.plan.json";

  private static String text() throws IOException {
    try (InputStream in = Objects.requireNonNull(ShippedPlanTest.class.getResourceAsStream(RESOURCE))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void isInCanonicalForm() throws IOException {
    String text = text();
    assertEquals(text, PlanJson.write(PlanJson.read(text, RESOURCE)), "write(read(file)) must be the file");
  }

  @Test
  void hasTheWholeReferencePlan() throws IOException {
    KmPlan plan = PlanJson.read(text(), RESOURCE);
    assertEquals("ban-waen", plan.organization().code().value());
    assertEquals("เทศบาลตำบลบ้านแหวน", plan.organization().fullName());
    assertEquals(2569, plan.fiscalYear().buddhistYear());
    assertEquals(5, plan.divisions().size());
    assertEquals(List.of(5, 6, 7, 6), plan.goals().stream().map(g -> g.activities().size()).toList());
    assertEquals(9, plan.form1().size());
    assertEquals(3, plan.scopes().size());
    assertEquals("การประมวลและกลั่นกรองความรู้", plan.goal(1).orElseThrow().activities().get(3).name());
  }

  @Test
  void onlyTheUnknowableAnnouncementDateRemainsAnError() throws IOException {
    CheckReport report = PlanChecker.check(PlanJson.read(text(), RESOURCE));
    assertEquals(
        List.of(FindingCode.INVALID_DATE),
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.code()).toList(),
        report.findings().toString());
    for (FindingCode corrected :
        List.of(
            FindingCode.ORG_NAME_VARIANT,
            FindingCode.INCONSISTENT_YEAR,
            FindingCode.SPELLING,
            FindingCode.MALFORMED_THAI,
            FindingCode.ERA_ABBREVIATION)) {
      assertTrue(report.findings(corrected).isEmpty(), corrected + ": " + report.findings(corrected));
    }
  }
}
