package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.check.PlanChecker;
import th.km.core.plan.KmPlan;
import th.km.core.testing.PlanGenerator;
import th.km.persistence.planfile.PlanFiles;

class CheckCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void jsonHasTheSummaryAndEveryFindingAndTheExitCodeFollowsErrors() throws IOException {
    KmPlan plan = PlanGenerator.plan(new Random(20260331L));
    Path file = dir.resolve("plan.json");
    PlanFiles.write(plan, file);

    Run r = run("check", file.toString(), "--format", "json");

    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode summary = root.get("summary");
    assertEquals(plan.organization().fullName(), summary.get("organization").asText());
    assertEquals(plan.fiscalYear().buddhistYear(), summary.get("fiscalYear").asInt());
    assertEquals(plan.divisions().size(), summary.get("divisions").asInt());
    assertEquals(plan.goals().size(), summary.get("goals").size());
    for (int i = 0; i < plan.goals().size(); i++) {
      assertEquals(plan.goals().get(i).number(), summary.get("goals").get(i).get("number").asInt());
      assertEquals(
          plan.goals().get(i).activities().size(),
          summary.get("goals").get(i).get("activities").asInt());
    }
    assertTrue(summary.get("kmCommittee").has("secretary"));
    var report = PlanChecker.check(plan);
    assertEquals(report.findings().size(), root.get("findings").size());
    for (JsonNode f : root.get("findings")) {
      assertTrue(f.get("severity").asText().matches("error|warning|info"), f.toString());
      assertTrue(f.get("code").asText().matches("[A-Z_]+"), f.toString());
      assertTrue(!f.get("location").asText().isBlank(), f.toString());
      assertEquals(file.toString(), f.get("file").asText(), "each finding names the file");
      assertTrue(!f.get("message").get("th").asText().isBlank(), f.toString());
      assertTrue(!f.get("message").get("en").asText().isBlank(), f.toString());
    }
    assertEquals(report.hasErrors() ? 1 : 0, r.exit());
  }

  @Test
  void eachFindingInTheTextNamesThePlanFileAndALineAsOneOfTheImportedText() throws IOException {
    KmPlan plan = PlanGenerator.plan(new Random(20260331L));
    Path file = dir.resolve("plan.json");
    PlanFiles.write(plan, file);
    var findings = PlanChecker.check(plan).findings();
    assertFalse(findings.isEmpty(), "the generated plan has findings to print");

    Run r = run("check", file.toString());

    for (var f : findings) {
      String expected =
          file + ": " + f.location().line()
              .map(l -> f.location().toString().replace("(line " + l + ")", "(line " + l + " of the imported text)"))
              .orElse(f.location().toString());
      assertTrue(r.out().contains(expected), expected + " in " + r.out());
    }
  }

  @Test
  void aMissingFileIsUnusableInputInThaiAndEnglish() {
    Run r = run("check", dir.resolve("nope.json").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("ไม่พบไฟล์แผน"), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
  }

  @Test
  void aMalformedFileNamesWhereItIsWrong() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"km-plan\", \"formatVersion\": 1, \"organization\": 5}", StandardCharsets.UTF_8);
    Run r = run("check", file.toString(), "--format", "json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("organization"), r.err());
    assertTrue(r.out().isEmpty(), "nothing on stdout for unusable input: " + r.out());
  }

  @Test
  void aTextFileIsRefusedInThaiAndEnglishWithoutAParserMessage() throws IOException {
    Path text = dir.resolve("plan.txt");
    Files.writeString(text, "แผนการจัดการความรู้ เทศบาลตำบลบ้านแหวน\n", java.nio.charset.StandardCharsets.UTF_8);
    Run r = run("check", text.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("this is not a plan file"), r.err());
    assertTrue(r.err().contains("km import-text"), r.err());
    assertTrue(r.err().contains("ไฟล์นี้ไม่ใช่ไฟล์แผน"), r.err());
    assertTrue(r.err().contains(text.toString()), "names the file: " + r.err());
    assertFalse(r.err().contains("Unrecognized token"), r.err());
  }

  @Test
  void theHelpListsTheWebServersCommands() {
    Run r = run("help");
    assertEquals(0, r.exit());
    for (String command : List.of("demo", "serve", "account", "./km help demo")) {
      assertTrue(r.out().contains(command), command + " in " + r.out());
    }
  }
}
