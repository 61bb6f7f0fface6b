package th.km.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.check.CheckReport;
import th.km.core.check.Finding;
import th.km.core.check.FindingLocation;
import th.km.core.check.PlanChecker;
import th.km.core.check.PlanSummary;
import th.km.core.check.Severity;
import th.km.core.plan.KmPlan;


/**
 * {@code km check}: reads a plan file and reports what is wrong with it, each finding with a
 * severity, a stable code, a location and a message in Thai and English. Exit code 0 when no finding
 * is an error, 1 otherwise, 2 when the file cannot be used.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "ตรวจแผนการจัดการความรู้และรายงานข้อบกพร่อง",
      "Check a KM plan file and report its defects (exit 0: no errors, 1: errors, 2: unusable file)."
    })
public final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<plan-file>",
      description = "ไฟล์แผน (JSON หรือข้อความแบบแผนต้นฉบับ) / the plan file (km JSON, or text in the seed's style)")
  private Path planFile = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "รูปแบบผลลัพธ์ / output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  private Format format = Format.text;

  @Override
  public Integer call() {
    KmPlan plan = PlanInput.read(planFile);
    CheckReport report = PlanChecker.check(plan);
    PlanSummary summary = PlanSummary.of(plan);
    PrintWriter out = out();
    switch (format) {
      case json -> out.print(json(summary, report, planFile));
      case text -> printText(out, summary, report, planFile);
    }
    out.flush();
    return report.hasErrors() ? Main.FINDINGS : Main.OK;
  }

  static String json(PlanSummary summary, CheckReport report, Path planFile) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode s = root.putObject("summary");
    s.put("organization", summary.organization());
    s.put("fiscalYear", summary.fiscalYear());
    s.put("divisions", summary.divisions());
    ArrayNode goals = s.putArray("goals");
    summary
        .goals()
        .forEach(g -> goals.addObject().put("number", g.number()).put("activities", g.activities()));
    s.put("form1Activities", summary.form1Activities());
    s.put("scopes", summary.scopes());
    s.putObject("kmCommittee")
        .put("cko", summary.kmCommittee().cko())
        .put("chair", summary.kmCommittee().chair())
        .put("members", summary.kmCommittee().members())
        .put("secretary", summary.kmCommittee().secretary());
    s.put("meCommittee", summary.meCommittee());
    summary.trainingReportDays().ifPresentOrElse(d -> s.put("trainingReportDays", d), () -> s.putNull("trainingReportDays"));
    summary.meReportsPerYear().ifPresentOrElse(k -> s.put("meReportsPerYear", k), () -> s.putNull("meReportsPerYear"));
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
      n.put("code", f.code().code());
      n.put("file", planFile.toString());
      n.put("location", f.location().toString());
      f.location().line().ifPresent(l -> n.put("line", l));
      n.putObject("message").put("th", f.message().th()).put("en", f.message().en());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  private static void printText(PrintWriter out, PlanSummary s, CheckReport report, Path planFile) {
    out.printf("%s — ปีงบประมาณ พ.ศ. %d / fiscal year B.E. %d%n", s.organization(), s.fiscalYear(), s.fiscalYear());
    out.printf(
        "ส่วนราชการ %d · เป้าหมาย KM %d (กิจกรรม %s) · แบบฟอร์มที่ ๑ %d แถว · ขอบเขต KM %d%n",
        s.divisions(),
        s.goals().size(),
        String.join("/", s.goals().stream().map(g -> String.valueOf(g.activities())).toList()),
        s.form1Activities(),
        s.scopes());
    out.printf(
        "divisions %d · KM goals %d · Form 1 rows %d · scopes %d%n",
        s.divisions(), s.goals().size(), s.form1Activities(), s.scopes());
    out.println();
    for (Finding f : report.findings()) {
      out.printf("%-7s %-26s %s%n", f.severity(), f.code().code(), where(planFile, f.location()));
      out.println("        " + f.message().th());
      out.println("        " + f.message().en());
    }
    out.println();
    out.printf(
        "ข้อผิดพลาด %d · คำเตือน %d · ข้อสังเกต %d / errors %d, warnings %d, notes %d%n",
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO),
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO));
  }

  /**
   * Where a finding is, naming the plan file: {@code plan.json: goal 1 / activity 4}, and for a
   * line, that of the text the plan was imported from: {@code plan.json: goal 1 / activity 4 (line
   * 250 of the imported text)}.
   */
  static String where(Path planFile, FindingLocation location) {
    String place = location.toString();
    return planFile
        + ": "
        + location.line()
            .map(l -> place.substring(0, place.lastIndexOf(" (line ")) + " (line " + l + " of the imported text)")
            .orElse(place);
  }

  private PrintWriter out() {
    return spec().commandLine().getOut();
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec before call()");
    }
    return spec;
  }
}
