package th.km.persistence.report;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.report.MonitoringReport;
import th.km.persistence.PersistenceException;
import th.km.persistence.document.Digits;
import th.km.persistence.document.DocxDocumentWriter;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.document.PdfEngine;

/** Renders the M&amp;E report to the file format asked, the one entry the CLI and the web share. */
public final class ReportFiles {

  /**
   * A rendered report: its bytes, and for a PDF the engine that printed it ("chromium",
   * "libreoffice"), which the CLI reports.
   */
  public record Rendered(byte[] bytes, ReportFormat format, Optional<String> engine) {
    public Rendered {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  private ReportFiles() {}

  /**
   * The report in the format, its numbers and dates in the digits.
   *
   * @param pdfEngine the PDF engine to use, by name; null or blank for the first one installed
   * @throws PersistenceException when a PDF is asked and no engine is installed, or printing fails
   */
  public static Rendered render(
      MonitoringReport report, ReportFormat format, Digits digits, @Nullable String pdfEngine) {
    return switch (format) {
      case DOCX ->
          new Rendered(
              DocxDocumentWriter.write(ReportDocument.of(report, digits)), format, Optional.empty());
      case XLSX -> new Rendered(ReportWorkbook.write(report), format, Optional.empty());
      case PDF -> {
        Optional<PdfEngine> engine = PdfDocuments.choose(pdfEngine);
        if (engine.isEmpty()) {
          throw new PersistenceException(
              "ไม่มีโปรแกรมพิมพ์ PDF ชื่อ " + pdfEngine + " (chromium, libreoffice, openhtmltopdf)"
                  + " / no PDF engine named " + pdfEngine + " (chromium, libreoffice, openhtmltopdf)"
                  + " is installed");
        }
        PdfDocuments.Printed printed =
            PdfDocuments.print(ReportDocument.of(report, digits), engine.get());
        yield new Rendered(printed.pdf(), format, Optional.of(printed.engine()));
      }
    };
  }
}
