package th.km.web.documents;

import th.km.persistence.document.PdfDocuments;
import th.km.persistence.PersistenceException;
import io.javalin.http.HttpStatus;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.records.ReportRound;
import th.km.core.report.MonitoringReport;
import th.km.core.report.MonitoringReports;
import th.km.persistence.document.Digits;
import th.km.persistence.report.ReportFiles;
import th.km.persistence.report.ReportFormat;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.http.WebError;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * {@code GET /api/v1/organizations/{org}/documents/report?kind=&asOf=&format=}: the M&amp;E report
 * of the round as of the day, as DOCX, PDF or XLSX, for whoever may see the overview page. The
 * statuses are those of the overview's evaluation of the same day.
 */
public final class ReportDownload {

  /** The route's path. */
  public static final String PATH =
      "/api/v1/organizations/{" + AccessGuard.ORGANIZATION + "}/documents/report";

  private final YearLookup lookup;

  public ReportDownload(YearLookup lookup) {
    this.lookup = lookup;
  }

  /** Registers the route with the overview's roles. */
  public void register(Routes r) {
    r.api(
        HandlerType.GET,
        PATH,
        Access.SIGNED_IN,
        this::report,
        new ApiOperation(
            "getMonitoringReport",
            "The M&E report to the mayor of a round (kind=annual|half-year|quarter) as of a day, as"
                + " a file: format=docx|pdf|xlsx (default docx).",
            "รายงานผลการติดตามและประเมินผลต่อนายกเทศมนตรี ประจำปี รอบ ๖ เดือน หรือรายไตรมาส"
                + " เป็นไฟล์ docx pdf หรือ xlsx",
            List.of("year", "asOf", "kind", "format"),
            Optional.empty(),
            Optional.empty(),
            200));
  }

  /** Answers the report's file as a download. */
  public void report(Context ctx) {
    ReportRound.Kind kind = kind(ctx.queryParam("kind"));
    ReportFormat format = format(ctx.queryParam("format"));
    Snapshot s = lookup.find(ctx);
    if (s.asOf().isBefore(s.plan().fiscalYear().firstDay())) {
      throw WebError.badRequest(
          "report.error.asOf", s.asOf(), s.plan().fiscalYear().buddhistYear(), s.plan().fiscalYear().firstDay());
    }
    MonitoringReport report =
        MonitoringReports.build(s.plan(), s.records(), kind, s.asOf(), s.data().holidays());
    String engineName = System.getenv("KM_PDF_ENGINE");
    if (format == ReportFormat.PDF && PdfDocuments.choose(engineName).isEmpty()) {
      // The same answer as the plan's document gives: the server lacks a program, not the user.
      throw new WebError(HttpStatus.SERVICE_UNAVAILABLE, "no-pdf-renderer", "error.noPdfRenderer");
    }
    ReportFiles.Rendered file;
    try {
      file = ReportFiles.render(report, format, Digits.THAI, engineName);
    } catch (PersistenceException e) {
      throw new WebError(HttpStatus.SERVICE_UNAVAILABLE, "pdf-failed", "error.pdfFailed");
    }
    String name =
        "me-report-" + s.plan().organization().code().value() + "-" + s.plan().fiscalYear().buddhistYear()
            + "-" + kind.option() + "-" + s.asOf() + "." + format.extension();
    ctx.contentType(format.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .result(file.bytes());
    file.engine().ifPresent(e -> ctx.header("X-KM-PDF-Engine", e));
  }

  private static ReportRound.Kind kind(@Nullable String text) {
    String asked = text == null ? "" : text.strip();
    for (ReportRound.Kind k : ReportRound.Kind.values()) {
      if (k.option().equals(asked)) {
        return k;
      }
    }
    throw WebError.badRequest("report.error.kind", asked);
  }

  private static ReportFormat format(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return ReportFormat.DOCX;
    }
    Optional<ReportFormat> f = ReportFormat.named(text);
    return f.orElseThrow(() -> WebError.badRequest("report.error.format", text));
  }
}
