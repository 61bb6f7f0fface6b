package th.km.web.planimport;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.km.core.plan.OrganizationCode;
import th.km.web.http.WebError;

/**
 * A plan document sent as {@code multipart/form-data}: its bytes under the field {@code file}, the
 * name the browser gave it and an optional organization {@code code}. Bigger than {@link
 * #MAX_BYTES} is refused with 413 before the body is read.
 *
 * @param content the file's bytes
 * @param fileName the file's name as sent, for messages only
 * @param code the organization code asked for, if any
 */
public record Upload(byte[] content, String fileName, Optional<OrganizationCode> code) {

  /** The largest document accepted: 10 MB, far more than any plan's PDF of text. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Room for the form's other fields and the multipart boundaries around the file. */
  public static final int MAX_REQUEST_BYTES = MAX_BYTES + 64 * 1024;

  /** The form field that carries the file. */
  public static final String FILE = "file";

  /** The form field that may carry the organization code. */
  public static final String CODE = "code";

  /**
   * Refuses, before anything reads it, a multipart request that says it is bigger than km takes.
   * Runs before every route, so that the CSRF check never parses such a body either.
   */
  public static void refuseOversized(Context ctx) {
    if (ctx.isMultipartFormData() && ctx.contentLength() > MAX_REQUEST_BYTES) {
      throw tooLarge();
    }
  }

  /** The document of the request, or a 400 naming the missing field, a 413 when too big. */
  public static Upload of(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw new WebError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "planImport.error.notMultipart");
    }
    @Nullable UploadedFile file = file(ctx);
    if (file == null) {
      throw WebError.badRequest("planImport.error.noFile");
    }
    if (file.size() > MAX_BYTES) {
      throw tooLarge();
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
    if (content.length > MAX_BYTES) {
      throw tooLarge();
    }
    if (content.length == 0) {
      throw WebError.badRequest("planImport.error.noFile");
    }
    return new Upload(content, name(file.filename()), code(ctx.formParam(CODE)));
  }

  /** The file part; a body the multipart parser gives up on is too large or malformed. */
  @SuppressWarnings("UnusedException") // the cause says no more than the answer does
  private static @Nullable UploadedFile file(Context ctx) {
    try {
      return ctx.uploadedFile(FILE);
    } catch (Exception e) { // Jetty's ServletException arrives undeclared through Kotlin
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (String.valueOf(t.getMessage()).contains("exceeded")) {
          throw tooLarge();
        }
      }
      throw WebError.badRequest("planImport.error.badMultipart");
    }
  }

  /** The code asked for, or a 400 when it cannot be an organization code. */
  static Optional<OrganizationCode> code(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OrganizationCode.of(text.strip()));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("planImport.error.badCode", text.strip());
    }
  }

  private static String name(@Nullable String sent) {
    if (sent == null || sent.isBlank()) {
      return "upload";
    }
    // Some browsers send the whole path; only the last part is the file's name.
    String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    return name.length() > 120 ? name.substring(0, 120) : name;
  }

  private static WebError tooLarge() {
    return new WebError(
        HttpStatus.CONTENT_TOO_LARGE, "too-large", "planImport.error.tooLarge", MAX_BYTES / (1024 * 1024));
  }
}
