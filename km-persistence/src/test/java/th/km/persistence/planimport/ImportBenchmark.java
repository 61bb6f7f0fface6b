package th.km.persistence.planimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import th.km.core.testing.BenchmarkSection;
import th.km.core.textimport.ImportOptions;

/**
 * The import benchmark of {@code ./km-bench}: a plan of 40 or more pages, written as a DOCX and
 * converted to PDF by LibreOffice, is imported by {@code km import}'s code path and, in the same
 * warmed-up JVM, read by PDFBox's plain {@code PDFTextStripper.getText}; the ratio of the median
 * times goes into its own section of docs/benchmarks.md.
 */
public final class ImportBenchmark {

  private static final String HEADING = "## Importing a 40-page PDF plan";
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 9;
  private static final Pattern GOAL = Pattern.compile("(เป้าหมาย KM :? ?)(\\d+)\\.");

  private ImportBenchmark() {}

  /** {@code ImportBenchmark <benchmarks.md> <command that ran it>}. */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String command = args.length > 1 ? args[1] : "./km-bench";
    Path dir = Files.createTempDirectory("km-import-bench");
    byte[] pdf = null;
    int pages = 0;
    for (int copies = 4; pages < 40; copies += 2) {
      Path docx = dir.resolve("long-plan.docx");
      Files.write(docx, PlanDocxRenderer.render(longPlan(copies)));
      LibreOffice.toPdf(List.of(docx), dir);
      pdf = Files.readAllBytes(dir.resolve("long-plan.pdf"));
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        pages = doc.getNumberOfPages();
      }
    }
    byte[] bytes = pdf;
    for (int i = 0; i < WARM_UP; i++) {
      importIt(bytes);
      stripIt(bytes);
    }
    double[] imports = new double[ROUNDS];
    double[] strips = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      imports[round] = time(() -> importIt(bytes));
      strips[round] = time(() -> stripIt(bytes));
      System.err.printf(Locale.ROOT, "round %d: import %.1f ms, PDFTextStripper %.1f ms%n",
          round + 1, imports[round], strips[round]);
    }
    String summary = PlanDocumentImporter.importDocument(bytes, "long-plan.pdf", ImportOptions.defaults())
        .summary().orElseThrow().line();
    String section = section(command, pages, bytes.length, median(imports), median(strips), summary);
    String existing = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    Files.writeString(output, BenchmarkSection.replace(existing, HEADING, section), StandardCharsets.UTF_8);
    System.out.print(section);
  }

  /** The second test plan with its action-plan tables repeated under new goal numbers. */
  static String longPlan(int copies) {
    String text = PlanTexts.read(PlanTexts.TEXT_IMPORT.resolve("nong-bua-2570.txt"));
    String actions = text.substring(text.indexOf("แผนการจัดการความรู้ (KM Action)"));
    StringBuilder plan = new StringBuilder(text);
    for (int copy = 1; copy <= copies; copy++) {
      int shift = 3 * copy;
      Matcher m = GOAL.matcher(actions);
      StringBuilder renumbered = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(renumbered,
            Matcher.quoteReplacement(m.group(1) + (Integer.parseInt(m.group(2)) + shift) + "."));
      }
      m.appendTail(renumbered);
      plan.append("\n\n").append(renumbered);
    }
    return plan.toString();
  }

  private static void importIt(byte[] pdf) {
    PlanDocumentImporter.importDocument(pdf, "long-plan.pdf", ImportOptions.defaults());
  }

  private static void stripIt(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper().getText(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String section(
      String command, int pages, int bytes, double importMs, double stripMs, String summary) {
    return HEADING + "\n\n"
        + "How long `km import` takes for a long PDF plan, compared with PDFBox alone extracting the\n"
        + "same file's text (`PDFTextStripper.getText`), in the same JVM after " + WARM_UP
        + " warm-up runs of each;\n" + ROUNDS + " alternating rounds, the median of each reported. The goal is at most 3×.\n\n"
        + "- Command: `" + command + "` (writes this section; `./km-bench import` runs only this one)\n"
        + "- Date: " + LocalDate.now(ZoneId.of("Asia/Bangkok")) + "\n"
        + "- Machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java "
        + Runtime.version() + "\n"
        + String.format(Locale.ROOT,
            "- Document: the test plan of Nong Bua with its action plan repeated, written as DOCX and converted\n"
                + "  by LibreOffice (Laksaman 14 pt, landscape, ruled tables): %d pages, %d KB; imported as\n"
                + "  `%s`%n%n", pages, bytes / 1024, summary)
        + "| step | median (ms) | × PDFBox alone |\n|---|---:|---:|\n"
        + String.format(Locale.ROOT, "| PDFBox `PDFTextStripper.getText` | %.1f | 1.00 |%n", stripMs)
        + String.format(Locale.ROOT, "| `km import` (read glyphs and rulings, rebuild tables, repair, import) | %.1f | %.2f |%n",
            importMs, importMs / stripMs);
  }

}
