package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": {@code km import-text} on the reference plan followed by {@code km check
 * --format json} prints the summary and the seed's known defects (DOMAIN.md).
 */
class SeedEndToEndTest {

  @TempDir Path dir;

  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(expectedExit, exit, "km " + String.join(" ", args) + "\n" + err);
    return out.toString();
  }

  @Test
  void importThenCheckReportsTheSummaryAndTheKnownDefects() throws IOException {
    Path seed = dir.resolve("seed.txt");
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/th/km/core/textimport/ban-waen-2569.txt"))) {
      Files.copy(in, seed);
    }
    Path plan = dir.resolve("plan.json");
    run(0, "import-text", seed.toString(), "-o", plan.toString(), "--code", "ban-waen");

    JsonNode root = new ObjectMapper().readTree(run(1, "check", plan.toString(), "--format", "json"));

    JsonNode s = root.get("summary");
    assertEquals("เทศบาลตำบลบ้านแหวน", s.get("organization").asText());
    assertEquals(2569, s.get("fiscalYear").asInt());
    assertEquals(5, s.get("divisions").asInt());
    List<Integer> activities = new ArrayList<>();
    s.get("goals").forEach(g -> activities.add(g.get("activities").asInt()));
    assertEquals(List.of(5, 6, 7, 6), activities);
    assertEquals(9, s.get("form1Activities").asInt());
    assertEquals(3, s.get("scopes").asInt());
    assertEquals(1, s.get("kmCommittee").get("cko").asInt());
    assertEquals(1, s.get("kmCommittee").get("chair").asInt());
    assertEquals(5, s.get("kmCommittee").get("members").asInt());
    assertEquals(1, s.get("kmCommittee").get("secretary").asInt());
    assertEquals(7, s.get("meCommittee").asInt());
    assertEquals(15, s.get("trainingReportDays").asInt());
    assertEquals(1, s.get("meReportsPerYear").asInt());

    String findings = root.get("findings").toString();
    // Each defect DOMAIN.md lists, by the text that must be quoted.
    assertFinding(root, "ORG_NAME_VARIANT", "บ้านหวาน");
    assertFinding(root, "ORG_NAME_VARIANT", "BAAN WAN");
    assertFinding(root, "ORG_NAME_VARIANT", "บ้านอัครแห่งการเรียนรู้");
    assertFinding(root, "ORG_NAME_VARIANT", "บ้านองค์การแห่งการเรียนรู้");
    assertFinding(root, "INVALID_DATE", "68");
    assertFinding(root, "INCONSISTENT_YEAR", "๒๕๔๖");
    assertFinding(root, "SPELLING", "CKD");
    assertFinding(root, "SPELLING", "HAAPPY WORK PACE");
    assertFinding(root, "MALFORMED_THAI", "ศรีัญญา");
    assertFinding(root, "STEP_NAME_MISMATCH", "การประเมินผลและกลั่นกรองความรู้");
    assertFinding(root, "STEP_COVERAGE", "goal 1");
    assertFinding(root, "STEP_COVERAGE", "goal 2");
    assertFinding(root, "MIXED_DIGITS", "68");
    assertFinding(root, "ERA_ABBREVIATION", "พ.ศ");
    assertFinding(root, "TARGET_NOT_MEASURABLE", "พนักงานในสังกัด");
    assertTrue(!findings.contains("ELEMENT_COVERAGE"), "goal 4 covers all six elements: " + findings);
  }

  private static void assertFinding(JsonNode root, String code, String quoted) {
    for (JsonNode f : root.get("findings")) {
      if (f.get("code").asText().equals(code)
          && (f.get("message").get("en").asText().contains(quoted)
              || f.get("location").asText().contains(quoted))) {
        assertTrue(!f.get("message").get("th").asText().isBlank());
        return;
      }
    }
    throw new AssertionError("no " + code + " finding quoting «" + quoted + "» in " + root.get("findings"));
  }
}
