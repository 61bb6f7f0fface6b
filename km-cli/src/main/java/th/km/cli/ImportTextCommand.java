package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
import th.km.core.textimport.ImportIssue;
import th.km.core.textimport.ImportResult;
import th.km.core.textimport.PlanTextImporter;
import th.km.persistence.planfile.PlanJson;

/**
 * {@code km import-text}: reads a plan written as text the way plans are written (the announcement,
 * committee lists, tab-separated tables) and writes the canonical plan file. Every line it could
 * not map goes to stderr with its line number; the exit code is 1 when part of the document could
 * not be imported, 2 when no plan could be made of it.
 */
@Command(
    name = "import-text",
    mixinStandardHelpOptions = true,
    description = {
      "นำเข้าแผนการจัดการความรู้ที่เป็นข้อความ (เช่น ข้อความจาก PDF) เป็นไฟล์แผน",
      "Imports a KM plan written as text (such as text taken from its PDF) into a plan file.",
      "Exit 0: imported; 1: imported, but lines were left out (see stderr); 2: no plan."
    })
public final class ImportTextCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<file>",
      description = "ไฟล์ข้อความ UTF-8 ของแผน / the plan as UTF-8 text")
  private @Nullable Path input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<plan.json>",
      description = "ไฟล์แผนที่จะเขียน หรือ - เพื่อพิมพ์ออกหน้าจอ / the plan file to write, or - for stdout")
  private @Nullable String output;

  @Mixin private OrganizationCodeOption code = new OrganizationCodeOption();

  @Override
  public Integer call() {
    Path in = required(input);
    OutputFile out = OutputFile.of(required(output));
    ImportResult result = PlanTextImporter.importText(readText(in), code.importOptions());
    PrintWriter err = commandSpec().commandLine().getErr();
    for (ImportIssue issue : result.issues()) {
      err.println(
          in
              + ":"
              + issue.line()
              + ": "
              + issue.severity()
              + ": "
              + issue.messageEn()
              + " / "
              + issue.messageTh()
              + " ["
              + issue.text()
              + "]");
    }
    err.flush();
    if (result.plan().isEmpty()) {
      throw new UnusableInputException(
          "ไม่ได้เขียน " + out.name() + ": ทำแผนจากข้อความใน " + in + " ไม่ได้ (ดูข้อผิดพลาดข้างบน)",
          "did not write " + out.name() + ": no plan can be made of " + in + " (see the errors above)");
    }
    if (!result.hasActionPlan()) {
      throw new UnusableInputException(
          "ไม่ได้เขียน " + out + ": ไม่พบเป้าหมาย KM หรือกิจกรรมที่อ่านได้ใน " + in
              + " (ข้อความที่ไม่มีแท็บคั่นตาราง เช่น จาก pdftotext ใช้ km import กับไฟล์ PDF แทน)",
          "did not write " + out + ": " + in + " has no KM goal or no activity that could be read"
              + " (text without tab-separated tables, such as pdftotext's: run km import on the PDF)");
    }
    KmPlan plan = result.plan().get();
    PrintWriter stdout = commandSpec().commandLine().getOut();
    out.write(PlanJson.write(plan), stdout);
    PrintWriter summaryTo = out.isStandardOutput() ? err : stdout;
    summaryTo.println(summary(plan, result, out.name()));
    summaryTo.flush();
    return result.hasErrors() ? Main.FINDINGS : Main.OK;
  }

  private static String summary(KmPlan plan, ImportResult result, String out) {
    long activities = plan.goals().stream().mapToLong(g -> g.activities().size()).sum();
    return out
        + ": "
        + plan.organization().fullName()
        + " ("
        + plan.organization().code()
        + "), FY B.E. "
        + plan.fiscalYear().buddhistYear()
        + ": "
        + plan.goals().size()
        + " goals, "
        + activities
        + " activities, "
        + plan.form1().size()
        + " Form 1 rows; "
        + result.issues(ImportIssue.Severity.ERROR).size()
        + " errors, "
        + result.issues(ImportIssue.Severity.WARNING).size()
        + " warnings, "
        + result.issues(ImportIssue.Severity.INFO).size()
        + " notes";
  }

  /** The file as UTF-8 text; anything else is unusable input. */
  private static String readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException("ไม่พบไฟล์ " + file, "file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new UnusableInputException(
          "อ่านไฟล์ " + file + " ไม่ได้", "cannot read file " + file + ": " + e, e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnusableInputException(
          "ไฟล์ " + file + " ไม่ใช่ข้อความ UTF-8 โปรดบันทึกเป็น UTF-8 ก่อน",
          "file " + file + " is not UTF-8 text; save it as UTF-8 first",
          e);
    }
  }

  private static <T> T required(@Nullable T path) {
    if (path == null) {
      throw new IllegalStateException("picocli did not set a required parameter");
    }
    return path;
  }

  private CommandSpec commandSpec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return s;
  }
}
