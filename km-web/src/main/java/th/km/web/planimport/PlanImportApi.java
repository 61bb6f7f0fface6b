package th.km.web.planimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.OrganizationCode;
import th.km.core.textimport.ImportSummary;
import th.km.persistence.planfile.PlanJson;
import th.km.web.findings.FindingsApi.FindingJson;
import th.km.web.http.Problem;
import th.km.core.check.PlanChecker;
import th.km.web.plan.PlanLookup;

/**
 * {@code POST /api/v1/organizations/{org}/plan-imports}: reads a plan document sent as multipart
 * (field {@code file}, optional {@code code}) and answers the plan in the plan file's JSON, what
 * was not understood, the checker's findings and the summary. It stores nothing; saving is the
 * review page's.
 */
public final class PlanImportApi {

  /**
   * The answer.
   *
   * @param organization the organization of the path
   * @param format what the content was found to be
   * @param plan the plan in the format of the plan file (docs/plan-format.md)
   * @param notUnderstood what could not be mapped, with where
   * @param repairs the repairs made on Thai text extracted from a PDF, with where
   * @param findings the plan checker's findings, most severe first
   * @param summary the import's summary
   */
  public record PlanImportJson(
      String organization,
      String format,
      JsonNode plan,
      List<NotUnderstood> notUnderstood,
      List<Repair> repairs,
      List<FindingJson> findings,
      SummaryJson summary) {}

  /** The summary of an import, with its one line. */
  public record SummaryJson(
      String organization,
      String code,
      int fiscalYear,
      int goals,
      int activities,
      int form1Rows,
      int kmCommittee,
      int meCommittee,
      int errors,
      int warnings,
      String line) {
    static SummaryJson of(ImportSummary s) {
      return new SummaryJson(
          s.organization(), s.code(), s.buddhistYear(), s.goals(), s.activities(), s.form1Rows(),
          s.kmCommittee(), s.meCommittee(), s.errors(), s.warnings(), s.line());
    }
  }

  private final PlanReading reading;
  private final ObjectMapper json;

  public PlanImportApi(PlanReading reading, ObjectMapper json) {
    this.reading = reading;
    this.json = json;
  }

  /** Reads the document; 415 for content that is no plan document, 422 when it holds no plan. */
  public void read(Context ctx) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    Upload upload = Upload.of(ctx);
    switch (reading.read(upload.content(), upload.fileName(), upload.code())) {
      case Reading.Read r ->
          ctx.json(
              new PlanImportJson(
                  organization.value(),
                  r.format(),
                  tree(PlanJson.write(r.plan())),
                  r.notUnderstood(),
                  r.repairs(),
                  PlanChecker.check(r.plan()).findings().stream().map(FindingJson::of).toList(),
                  SummaryJson.of(r.summary())));
      case Reading.NoPlan none ->
          problem(
              ctx,
              HttpStatus.UNPROCESSABLE_CONTENT,
              "no-plan",
              new Problem.Message(
                  "ไม่พบแผนในไฟล์ \"" + upload.fileName() + "\": " + none.messageTh(),
                  "no plan was found in \"" + upload.fileName() + "\": " + none.messageEn()),
              none.notUnderstood().stream()
                  .map(n -> new Problem.FieldMessage(n.location(), new Problem.Message(n.messageTh(), n.messageEn())))
                  .toList());
      case Reading.Unsupported u ->
          problem(
              ctx,
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "unsupported-media-type",
              new Problem.Message(u.messageTh(), u.messageEn()),
              null);
    }
  }

  private void problem(
      Context ctx, HttpStatus status, String slug, Problem.Message message, @Nullable List<Problem.FieldMessage> errors) {
    ctx.status(status)
        .json(new Problem(Problem.type(slug), status.getMessage(), status.getCode(), message.en(), ctx.path(), message, errors, null))
        .contentType(Problem.MEDIA_TYPE);
  }

  private JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the plan file writer always writes JSON", e);
    }
  }
}
