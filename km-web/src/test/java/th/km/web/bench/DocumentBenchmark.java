package th.km.web.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import th.km.core.plan.KmPlan;
import th.km.core.records.ReportRound;
import th.km.core.report.MonitoringReport;
import th.km.core.report.MonitoringReports;
import th.km.persistence.calendar.HolidayFiles;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.document.ChromiumEngine;
import th.km.persistence.document.DocBlock;
import th.km.persistence.document.DocSection;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;
import th.km.persistence.document.DocxDocumentWriter;
import th.km.persistence.document.HtmlDocumentWriter;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.document.PdfEngine;
import th.km.persistence.document.plan.PlanDocument;
import th.km.persistence.report.ReportDocument;
import th.km.web.WebConfig;

/**
 * How long the reference plan's document and its annual M&amp;E report take to make, warm, against bare-tool baselines
 * measured in the same run: the DOCX against bare POI writing the same texts as plain paragraphs,
 * the PDF against Chromium printing a one-line page. Replaces only its own section of
 * docs/benchmarks.md, between {@link #BEGIN} and {@link #END}.
 */
public final class DocumentBenchmark {

  static final String BEGIN = "<!-- documents:begin -->";
  static final String END = "<!-- documents:end -->";

  private DocumentBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[0]);
    String command = args.length > 1 ? args[1] : "./km-bench";
    KmPlan plan = DemoYear.shippedPlan();
    Document doc = PlanDocument.of(plan, Optional.empty(), Digits.THAI);
    List<String> texts = texts(doc);
    List<String[]> rows = new ArrayList<>();
    double bareDocx = median(30, 10, () -> bareDocx(texts));
    double docx = median(30, 10, () -> DocxDocumentWriter.write(doc));
    rows.add(row("plan DOCX (POI)", docx, "bare POI, same texts as plain paragraphs", bareDocx));
    double html = median(30, 10, () -> HtmlDocumentWriter.write(doc));
    rows.add(row("plan HTML", html, "-", Double.NaN));
    // The annual M&E report of the shipped plan's demo year, as of the fiscal year's last day.
    MonitoringReport annual =
        MonitoringReports.build(
            plan,
            DemoYear.generate(plan),
            ReportRound.Kind.ANNUAL,
            plan.fiscalYear().lastDay(),
            HolidayFiles.shipped());
    Document report = ReportDocument.of(annual, Digits.THAI);
    List<String> reportTexts = texts(report);
    double bareReportDocx = median(30, 10, () -> bareDocx(reportTexts));
    double reportDocx = median(30, 10, () -> DocxDocumentWriter.write(report));
    rows.add(
        row("annual M&E report DOCX (POI)", reportDocx, "bare POI, same texts as plain paragraphs", bareReportDocx));
    Optional<PdfEngine> engine = PdfDocuments.choose(System.getenv("KM_PDF_ENGINE"));
    String pdfNote;
    if (engine.isPresent()) {
      Document trivial =
          new Document("hello", Digits.THAI, List.of(DocSection.portrait(List.of(DocBlock.Paragraph.plain("สวัสดี")))));
      PdfEngine e = engine.get();
      PdfEngine bareEngine = e instanceof ChromiumEngine ? new ChromiumEngine() : e;
      double bare = median(5, 1, () -> bareEngine.print(trivial, List.of()));
      double pdf = median(5, 1, () -> PdfDocuments.print(doc, e));
      rows.add(row("plan PDF (" + e.name() + ", two printings)", pdf, e.name() + " printing a one-line page", bare));
      double reportPdf = median(5, 1, () -> PdfDocuments.print(report, e));
      rows.add(
          row("annual M&E report PDF (" + e.name() + ")", reportPdf, e.name() + " printing a one-line page", bare));
      pdfNote = "PDF by " + e.name() + ": a first printing finds the contents' page numbers, a second prints them.";
    } else {
      pdfNote = "No PDF renderer was installed, so the PDF was not measured.";
    }
    String section = section(command, rows, pdfNote);
    String md = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "# Benchmarks\n";
    int b = md.indexOf(BEGIN);
    int en = md.indexOf(END);
    String updated =
        b >= 0 && en > b
            ? md.substring(0, b) + section + md.substring(en + END.length())
            : md.stripTrailing() + "\n\n" + section + "\n";
    Files.writeString(output, updated, StandardCharsets.UTF_8);
    System.out.println(section);
  }

  private static List<String> texts(Document doc) {
    List<String> texts = new ArrayList<>();
    for (DocSection s : doc.sections()) {
      for (DocBlock block : s.blocks()) {
        switch (block) {
          case DocBlock.Heading h -> texts.add(h.text());
          case DocBlock.Paragraph p -> texts.add(p.text());
          case DocBlock.ItemList l -> texts.addAll(l.items());
          case DocBlock.Table t -> {
            texts.addAll(t.captions());
            texts.addAll(t.header());
            t.rows().forEach(texts::addAll);
          }
          case DocBlock.Signature sig -> texts.add(sig.name());
          default -> {}
        }
      }
    }
    return texts;
  }

  private static byte[] bareDocx(List<String> texts) {
    try (XWPFDocument d = new XWPFDocument()) {
      for (String t : texts) {
        d.createParagraph().createRun().setText(t);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The median of {@code runs} timed calls in milliseconds, after {@code warmUp} untimed ones. */
  private static double median(int runs, int warmUp, Supplier<?> work) {
    // The results' hashes are kept so that no run's work can be optimised away.
    long sink = 0;
    for (int i = 0; i < warmUp; i++) {
      sink += work.get().hashCode();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += work.get().hashCode();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    if (sink == 42) {
      System.err.print("");
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private static String[] row(String what, double ms, String baseline, double baselineMs) {
    return new String[] {
      what,
      String.format(java.util.Locale.ROOT, "%.1f", ms),
      baseline,
      Double.isNaN(baselineMs) ? "-" : String.format(java.util.Locale.ROOT, "%.1f", baselineMs),
      Double.isNaN(baselineMs) ? "-" : String.format(java.util.Locale.ROOT, "%.2f", ms / baselineMs)
    };
  }

  private static String section(String command, List<String[]> rows, String pdfNote) {
    StringBuilder md = new StringBuilder(BEGIN).append("\n## Documents\n\n");
    md.append("How long `km doc plan` and `km doc report --kind annual` take to make the reference plan\n")
        .append("(Ban Waen, FY B.E. 2569) and its demo year's annual M&E report, warm,\n")
        .append("against a bare tool doing the least comparable work in the same run.\n\n");
    md.append("- Command: `").append(command).append("` (writes this section)\n");
    md.append("- Date: ").append(LocalDate.now(WebConfig.THAILAND)).append('\n');
    md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, Java ")
        .append(Runtime.version()).append('\n');
    md.append("- Runs: DOCX and HTML the median of 30 after 10 warm-up runs; PDF the median of 5 after 1.\n");
    md.append("- ").append(pdfNote).append("\n\n");
    md.append("| document | median (ms) | baseline | baseline median (ms) | × baseline |\n|---|---:|---|---:|---:|\n");
    for (String[] r : rows) {
      md.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return md.append(END).toString();
  }
}
