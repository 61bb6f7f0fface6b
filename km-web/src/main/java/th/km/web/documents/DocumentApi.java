package th.km.web.documents;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import th.km.core.plan.KmPlan;
import th.km.core.store.PlanStatus;
import th.km.core.store.PlanVersion;
import th.km.persistence.PersistenceException;
import th.km.persistence.document.Digits;
import th.km.persistence.document.Document;
import th.km.persistence.document.DocxDocumentWriter;
import th.km.persistence.document.HtmlDocumentWriter;
import th.km.persistence.document.PdfDocuments;
import th.km.persistence.document.PdfEngine;
import th.km.persistence.document.plan.PlanDocument;
import th.km.web.WebConfig;
import th.km.web.http.WebError;
import th.km.web.plan.PlanApprovals;
import th.km.web.plan.PlanLookup;

/**
 * Hands out the KM plan as a document: {@code GET /api/v1/organizations/{org}/documents/plan
 * ?format=pdf|docx|html} for the roles that see the plan pages, and {@code GET
 * /public/{org}/{year}/plan.pdf} for everyone once the plan's latest version is approved.
 */
public final class DocumentApi {

  /** The document formats of {@code ?format=}. */
  enum Format {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    HTML("text/html; charset=utf-8", "html");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    static Format of(String asked) {
      for (Format f : values()) {
        if (f.extension.equals(asked.strip().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw WebError.badRequest("error.badDocumentFormat", asked);
    }
  }

  /** The path parameter of the public route's fiscal year. */
  public static final String YEAR = "year";

  private final WebConfig config;
  private final PlanLookup lookup;
  private final PlanApprovals approvals;
  private final Supplier<Optional<PdfEngine>> engine;

  public DocumentApi(WebConfig config, PlanLookup lookup, PlanApprovals approvals) {
    this(config, lookup, approvals, () -> PdfDocuments.choose(System.getenv("KM_PDF_ENGINE")));
  }

  DocumentApi(
      WebConfig config,
      PlanLookup lookup,
      PlanApprovals approvals,
      Supplier<Optional<PdfEngine>> engine) {
    this.config = config;
    this.lookup = lookup;
    this.approvals = approvals;
    this.engine = engine;
  }

  /** {@code GET …/documents/plan?format=pdf|docx|html&year=}: the plan the plan pages show. */
  public void plan(Context ctx) {
    Format format = Format.of(Optional.ofNullable(ctx.queryParam("format")).orElse("pdf"));
    KmPlan plan = lookup.find(ctx, config.today());
    send(ctx, plan, format);
  }

  /**
   * {@code GET /public/{org}/{year}/plan.pdf}: the published plan, which is the latest version
   * once it is approved; a server that keeps no versions publishes the plan it shows.
   */
  public void publishedPlan(Context ctx) {
    KmPlan plan = lookup.find(ctx, ctx.pathParam(YEAR), config.today());
    if (!published(plan)) {
      throw WebError.notFound("error.planNotPublished", plan.organization().code().value(), plan.fiscalYear().buddhistYear());
    }
    send(ctx, plan, Format.PDF);
  }

  /** Whether the plan is the one the organization published: its latest version is approved. */
  public boolean published(KmPlan plan) {
    List<PlanVersion> versions =
        approvals.versions(plan.organization().code(), plan.fiscalYear());
    return versions.isEmpty() || versions.get(versions.size() - 1).status() == PlanStatus.APPROVED;
  }

  private void send(Context ctx, KmPlan plan, Format format) {
    Document doc = PlanDocument.of(plan, Optional.empty(), Digits.THAI);
    byte[] bytes =
        switch (format) {
          case HTML -> HtmlDocumentWriter.write(doc).getBytes(StandardCharsets.UTF_8);
          case DOCX -> DocxDocumentWriter.write(doc);
          case PDF -> pdf(ctx, doc);
        };
    String name =
        "km-plan-" + plan.organization().code().value() + "-" + plan.fiscalYear().buddhistYear()
            + "." + format.extension;
    ctx.contentType(format.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.result(bytes);
  }

  /** The PDF, printed by the engine KM_PDF_ENGINE names, else the first installed; the answer names it. */
  private byte[] pdf(Context ctx, Document doc) {
    PdfEngine pdfEngine =
        engine.get()
            .orElseThrow(
                () ->
                    new WebError(
                        HttpStatus.SERVICE_UNAVAILABLE, "no-pdf-renderer", "error.noPdfRenderer"));
    try {
      PdfDocuments.Printed printed = PdfDocuments.print(doc, pdfEngine);
      ctx.header("X-KM-PDF-Engine", printed.engine());
      return printed.pdf();
    } catch (PersistenceException e) {
      throw new WebError(HttpStatus.SERVICE_UNAVAILABLE, "pdf-failed", "error.pdfFailed");
    }
  }
}
