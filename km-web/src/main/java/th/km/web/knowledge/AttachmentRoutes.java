package th.km.web.knowledge;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.AttachmentSniffer;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.plan.KmPlan;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.persistence.knowledge.StoredAttachment;
import th.km.web.http.WebError;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.security.Sessions;

/**
 * An asset's attachments: upload ({@code multipart/form-data}, field {@code file}, at most 10 MiB,
 * its type sniffed from its bytes), download (served as the sniffed type, as an attachment, never
 * sniffed again by the browser) and removal, for the pages and the JSON API alike.
 */
public final class AttachmentRoutes {

  /** The form field that carries the file. */
  public static final String FILE = "file";

  private final KnowledgeBase kb;
  private final Sessions sessions;
  private final PageFactory pages;

  public AttachmentRoutes(KnowledgeBase kb, Sessions sessions, PageFactory pages) {
    this.kb = kb;
    this.sessions = sessions;
    this.pages = pages;
  }

  /** The file sent, its name as the browser gave it (last part only) and its bytes. */
  record Sent(String fileName, byte[] bytes) {}

  /** The upload of the request: 415 when not multipart, 400 without a file, 413 when too big. */
  static Sent sent(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw new WebError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "knowledge.error.notMultipart");
    }
    @Nullable UploadedFile file;
    try {
      file = ctx.uploadedFile(FILE);
    } catch (RuntimeException e) {
      throw WebError.badRequest("knowledge.error.badMultipart");
    }
    if (file == null) {
      throw WebError.badRequest("knowledge.error.noFile");
    }
    String name = name(file.filename());
    if (file.size() > AttachmentSniffer.MAX_BYTES) {
      throw tooLarge(name);
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes((int) AttachmentSniffer.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
    if (bytes.length > AttachmentSniffer.MAX_BYTES) {
      throw tooLarge(name);
    }
    return new Sent(name, bytes);
  }

  private static WebError tooLarge(String name) {
    return new WebError(HttpStatus.CONTENT_TOO_LARGE, "too-large", "knowledge.error.tooLarge", name, 10);
  }

  private static String name(@Nullable String sent) {
    if (sent == null || sent.isBlank()) {
      return "upload";
    }
    String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069\"]", "_").strip();
    if (name.isEmpty()) {
      return "upload";
    }
    return name.length() > 120 ? name.substring(0, 120) : name;
  }

  /** Stores the upload on the asset the account may edit. */
  KnowledgeStore.Attached attach(Context ctx, KmPlan plan, String assetId) {
    KnowledgeContent latest = kb.editable(ctx, plan.fiscalYear(), assetId);
    Sent sent = sent(ctx);
    return kb.store()
        .attach(plan.organization().code(), plan.fiscalYear(), latest.assetId(), sent.fileName(), sent.bytes(), kb.actor(ctx));
  }

  /** {@code POST …/knowledge/{asset}/attachments}: the page's upload. */
  public void upload(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    Page page = pages.forPlan(ctx, plan, "knowledge.title");
    switch (attach(ctx, plan, id)) {
      case KnowledgeStore.Attached.Stored s ->
          sessions.notice(ctx, page.t("knowledge.attached", s.info().fileName()));
      case KnowledgeStore.Attached.Refused r ->
          sessions.notice(ctx, KnowledgePages.text(r.why().reasons().get(0), page.language()));
    }
    ctx.redirect(KnowledgePages.href(plan, id) + "#attachments", HttpStatus.SEE_OTHER);
  }

  /** {@code GET …/attachments/{attachment}}: the file, to those who may see the asset. */
  public void download(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    kb.shown(ctx, plan.fiscalYear(), id);
    StoredAttachment file =
        kb.store()
            .attachment(plan.organization().code(), plan.fiscalYear(), id, attachmentId(ctx))
            .orElseThrow(() -> WebError.notFound("knowledge.error.noAttachment", ctx.pathParam(KnowledgeBase.ATTACHMENT)));
    AttachmentInfo info = file.info();
    ctx.contentType(info.type().mediaType());
    ctx.header("Content-Disposition", disposition(info.fileName()));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(file.bytes());
  }

  /** {@code POST …/attachments/{attachment}/remove}: removes the file from the asset. */
  public void remove(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    KnowledgeWrite w = detach(ctx, plan, id);
    Page page = pages.forPlan(ctx, plan, "knowledge.title");
    if (w instanceof KnowledgeWrite.Refused r) {
      sessions.notice(ctx, KnowledgePages.text(r.reasons().get(0), page.language()));
    } else {
      sessions.notice(ctx, page.t("knowledge.detached"));
    }
    ctx.redirect(KnowledgePages.href(plan, id) + "#attachments", HttpStatus.SEE_OTHER);
  }

  KnowledgeWrite detach(Context ctx, KmPlan plan, String assetId) {
    kb.editable(ctx, plan.fiscalYear(), assetId);
    return kb.store()
        .detach(plan.organization().code(), plan.fiscalYear(), assetId, attachmentId(ctx), kb.actor(ctx));
  }

  static long attachmentId(Context ctx) {
    String text = ctx.pathParam(KnowledgeBase.ATTACHMENT);
    if (!text.matches("[0-9]{1,15}")) {
      throw WebError.notFound("knowledge.error.noAttachment", text.length() > 20 ? text.substring(0, 20) : text);
    }
    return Long.parseLong(text);
  }

  /** An attachment's disposition, its name in ASCII and in UTF-8 (RFC 6266, RFC 5987). */
  static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** The attachment's JSON, for the API. */
  static Map<String, Object> json(AttachmentInfo f, String href) {
    return Map.of(
        "id", f.id(),
        "fileName", f.fileName(),
        "type", f.type().name(),
        "mediaType", f.type().mediaType(),
        "size", f.size(),
        "sha256", f.sha256(),
        "uploadedBy", f.uploadedBy(),
        "uploadedAt", f.uploadedAt().toString(),
        "href", href);
  }
}
