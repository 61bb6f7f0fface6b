package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.plan.KmPlan;
import th.km.persistence.PersistenceException;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.planimport.LocatedIssue;
import th.km.persistence.planimport.PlanDocumentImport;
import th.km.persistence.planimport.PlanDocumentImporter;
import th.km.persistence.planimport.ThaiRepair;
import th.km.persistence.planimport.UnreadableDocumentException;

/**
 * {@code km import}: reads a plan from a PDF, a DOCX or a text file (told apart by content) and
 * writes the canonical plan file. Every part it could not map goes to stderr with where it stands
 * in the document (page and position, paragraph or table cell, line), and so does every repair of
 * the Thai text of a PDF; the last line on stdout is the one-line summary. Exit 1 when part of the
 * document could not be imported, 2 when the document gives no plan with goals and activities.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "นำเข้าแผนการจัดการความรู้จากไฟล์ PDF, Word (.docx) หรือข้อความ เป็นไฟล์แผน",
      "Imports a KM plan from a PDF, a Word document (.docx) or a text file into a plan file.",
      "Exit 0: imported; 1: imported, but parts were left out (see stderr); 2: no plan."
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<file>",
      description = "ไฟล์แผน PDF, DOCX หรือข้อความ / the plan as PDF, DOCX or text")
  private @Nullable Path input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<plan.json>",
      description = "ไฟล์แผนที่จะเขียน / the plan file to write")
  private @Nullable Path output;

  @Mixin private OrganizationCodeOption code = new OrganizationCodeOption();

  @Override
  public Integer call() {
    Path in = required(input);
    Path out = required(output);
    PlanDocumentImport read;
    try {
      read = PlanDocumentImporter.importDocument(read(in), in.toString(), code.importOptions());
    } catch (UnreadableDocumentException e) {
      throw new UnusableInputException(e.messageTh(), e.getMessage(), e);
    }
    PrintWriter err = commandSpec().commandLine().getErr();
    for (ThaiRepair repair : read.repairs()) {
      err.println(in + ": " + repair.location().describe() + ": REPAIRED: " + repair.kind()
          + " «" + repair.before() + "» → «" + repair.after() + "»");
    }
    for (LocatedIssue issue : read.issues()) {
      err.println(in + ": " + issue);
    }
    err.flush();
    Optional<KmPlan> plan = read.plan();
    if (plan.isEmpty()) {
      PlanDocumentImport.Refusal why = read.refusal().orElseThrow();
      throw new UnusableInputException(
          "ไม่ได้เขียน " + out + ": " + why.messageTh() + " (" + in + ")",
          "did not write " + out + ": " + why.messageEn() + " (" + in + ")");
    }
    try {
      PlanFiles.write(plan.get(), out);
    } catch (PersistenceException e) {
      throw new UnusableInputException(
          "เขียนไฟล์แผน " + out + " ไม่ได้", "cannot write plan file " + out + ": " + e.getMessage(), e);
    }
    PrintWriter stdout = commandSpec().commandLine().getOut();
    stdout.println(out + ": " + read.format() + ", " + read.repairs().size() + " Thai repairs");
    stdout.println(read.summary().orElseThrow().line());
    stdout.flush();
    return read.result().hasErrors() ? Main.FINDINGS : Main.OK;
  }

  private static byte[] read(Path file) {
    try {
      if (Files.size(file) > PlanDocumentImporter.MAX_BYTES) {
        throw new UnusableInputException(
            "ไฟล์ " + file + " ใหญ่เกินที่รับได้",
            "file " + file + " is larger than " + PlanDocumentImporter.MAX_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException("ไม่พบไฟล์ " + file, "file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new UnusableInputException(
          "อ่านไฟล์ " + file + " ไม่ได้", "cannot read file " + file + ": " + e, e);
    }
  }

  private static Path required(@Nullable Path path) {
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
