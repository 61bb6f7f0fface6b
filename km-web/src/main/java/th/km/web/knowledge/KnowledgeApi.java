package th.km.web.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.plan.KmPlan;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.web.entry.FieldError;
import th.km.web.http.JsonBodies;
import th.km.web.http.Problem;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;

/**
 * The knowledge base's JSON API under {@code /api/v1/organizations/{org}/knowledge}: the same
 * reads, writes and rights as the pages; a write's mistakes are a problem answer naming each field
 * in Thai and English.
 */
public final class KnowledgeApi {

  private final KnowledgeBase kb;
  private final WorkflowPages workflow;
  private final AttachmentRoutes attachments;
  private final Messages messages;
  private final ObjectMapper json;

  public KnowledgeApi(
      KnowledgeBase kb, WorkflowPages workflow, AttachmentRoutes attachments, Messages messages, ObjectMapper json) {
    this.kb = kb;
    this.workflow = workflow;
    this.attachments = attachments;
    this.messages = messages;
    this.json = json;
  }

  /** {@code GET …/knowledge}: each asset as the account may see it, filtered as the list page. */
  public void list(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    Account a = kb.account(ctx);
    ListFilter filter = ListFilter.of(ctx, plan);
    Map<String, KnowledgeContent> readable = new HashMap<>();
    kb.store().list(plan.organization().code(), filter.filter().readable()).forEach(c -> readable.put(c.assetId(), c));
    List<Map<String, Object>> out = new ArrayList<>();
    for (KnowledgeContent c : kb.store().list(plan.organization().code(), filter.filter())) {
      KnowledgeContent shown = kb.seesWork(a, c.division()) ? c : readable.get(c.assetId());
      if (shown != null) {
        out.add(KnowledgeJson.summary(shown));
      }
    }
    ctx.json(Map.of("fiscalYear", plan.fiscalYear().buddhistYear(), "assets", out));
  }

  /** {@code GET …/knowledge/{asset}}: the version the account may see, with its attachments. */
  public void get(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    KnowledgeContent c = kb.shown(ctx, plan.fiscalYear(), kb.assetId(ctx));
    ctx.json(full(plan, c));
  }

  /** {@code GET …/knowledge/{asset}/versions}: the versions the account may see, oldest first. */
  public void versions(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    KnowledgeContent shown = kb.shown(ctx, plan.fiscalYear(), id);
    boolean work = kb.seesWork(kb.account(ctx), shown.division());
    List<Map<String, Object>> out =
        kb.store().versions(plan.organization().code(), plan.fiscalYear(), id).stream()
            .filter(c -> work || c.state().readable())
            .map(KnowledgeJson::content)
            .toList();
    ctx.json(Map.of("assetId", id, "versions", out));
  }

  /** {@code POST …/knowledge}: a new asset; 201 with its first version. */
  public void create(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    Optional<KnowledgeInput.Read.Valid> v = read(ctx, false);
    if (v.isEmpty()) {
      return;
    }
    rights(ctx, v.get());
    answer(ctx, plan, kb.store().create(plan.organization().code(), plan.fiscalYear(), v.get().draft(), kb.actor(ctx)), HttpStatus.CREATED);
  }

  /** {@code POST …/knowledge/{asset}/versions}: the next version; {@code basedOn} the one read. */
  public void save(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    KnowledgeContent latest = kb.editable(ctx, plan.fiscalYear(), kb.assetId(ctx));
    Object[] basedOn = new Object[1];
    Optional<KnowledgeInput.Read.Valid> v = read(ctx, true, basedOn);
    if (v.isEmpty()) {
      return;
    }
    rights(ctx, v.get());
    answer(ctx, plan, kb.store().save(plan.organization().code(), plan.fiscalYear(), latest.assetId(), (Integer) basedOn[0], v.get().draft(), kb.actor(ctx)), HttpStatus.CREATED);
  }

  /** {@code POST …/knowledge/{asset}/state}: a move, {@code {"move", "version", "channels"}}. */
  public void move(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    JsonNode body = JsonBodies.object(ctx, json, Set.of("move", "version", "channels"));
    List<String> channels = new ArrayList<>();
    body.path("channels").forEach(n -> channels.add(n.asText()));
    WorkflowPages.Request r =
        WorkflowPages.Request.of(
            Optional.ofNullable(body.get("move")).map(JsonNode::asText),
            Optional.ofNullable(body.get("version")).map(JsonNode::asText),
            channels);
    answer(ctx, plan, workflow.move(ctx, plan, id, r), HttpStatus.OK);
  }

  /** {@code GET …/knowledge/{asset}/attachments}: the asset's files. */
  public void listAttachments(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    kb.shown(ctx, plan.fiscalYear(), id);
    ctx.json(Map.of("attachments", kb.store().attachments(plan.organization().code(), plan.fiscalYear(), id).stream()
        .map(f -> AttachmentRoutes.json(f, KnowledgeJson.fileHref(plan, id, f.id()))).toList()));
  }

  /** {@code POST …/knowledge/{asset}/attachments}: an upload; 201, or 422 naming the file. */
  public void attach(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    switch (attachments.attach(ctx, plan, id)) {
      case KnowledgeStore.Attached.Stored s ->
          ctx.status(HttpStatus.CREATED).json(AttachmentRoutes.json(s.info(), KnowledgeJson.fileHref(plan, id, s.info().id())));
      case KnowledgeStore.Attached.Refused r -> refused(ctx, r.why().reasons());
    }
  }

  /** {@code DELETE …/attachments/{attachment}}: 204, or 422 when it is the flowchart shown. */
  public void detach(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    if (attachments.detach(ctx, plan, kb.assetId(ctx)) instanceof KnowledgeWrite.Refused r) {
      refused(ctx, r.reasons());
    } else {
      ctx.status(HttpStatus.NO_CONTENT);
    }
  }

  private Map<String, Object> full(KmPlan plan, KnowledgeContent c) {
    Map<String, Object> out = new LinkedHashMap<>(KnowledgeJson.content(c));
    out.put("html", MarkdownView.html(c.body()));
    out.put("attachments", kb.store().attachments(plan.organization().code(), plan.fiscalYear(), c.assetId()).stream()
        .map(f -> AttachmentRoutes.json(f, KnowledgeJson.fileHref(plan, c.assetId(), f.id()))).toList());
    return out;
  }

  private void rights(Context ctx, KnowledgeInput.Read.Valid v) {
    if (!kb.mayEdit(kb.account(ctx), v.draft().division())) {
      throw new WebError(HttpStatus.FORBIDDEN, "forbidden", "knowledge.error.notYourDivision");
    }
  }

  private Optional<KnowledgeInput.Read.Valid> read(Context ctx, boolean withBasedOn, Object... basedOn) {
    Set<String> allowed = new HashSet<>(KnowledgeInput.FIELDS);
    if (withBasedOn) {
      allowed.add("basedOn");
    }
    JsonNode body = JsonBodies.object(ctx, json, allowed);
    if (withBasedOn) {
      JsonNode b = body.get("basedOn");
      if (b == null || !b.canConvertToInt() || b.asInt() < 1) {
        problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "invalid", message("knowledge.error.basedOn"),
            List.of(new Problem.FieldMessage("basedOn", message("knowledge.error.basedOn"))), null);
        return Optional.empty();
      }
      basedOn[0] = b.asInt();
    }
    switch (KnowledgeInput.read(name -> values(body, name))) {
      case KnowledgeInput.Read.Valid v -> {
        return Optional.of(v);
      }
      case KnowledgeInput.Read.Invalid i -> {
        List<Problem.FieldMessage> errors = new ArrayList<>();
        for (FieldError e : i.errors()) {
          errors.add(new Problem.FieldMessage(e.field(), new Problem.Message(
              messages.get(Language.TH, e.messageKey(), e.args(Language.TH)),
              messages.get(Language.EN, e.messageKey(), e.args(Language.EN)))));
        }
        problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "invalid", message("entry.error.summary", errors.size()), errors, null);
        return Optional.empty();
      }
    }
  }

  private static List<String> values(JsonNode body, String name) {
    JsonNode v = body.get(name);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(item -> out.add(item.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  private void answer(Context ctx, KmPlan plan, KnowledgeWrite w, HttpStatus success) {
    switch (w) {
      case KnowledgeWrite.Saved s -> ctx.status(success).json(full(plan, s.content()));
      case KnowledgeWrite.Stale s ->
          problem(ctx, HttpStatus.CONFLICT, "conflict",
              message("knowledge.stale", s.seen(), s.current().version(), s.current().changedBy()), null,
              KnowledgeJson.content(s.current()));
      case KnowledgeWrite.Refused r -> refused(ctx, r.reasons());
    }
  }

  private static void refused(Context ctx, List<LocalizedText> reasons) {
    problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "rejected",
        new Problem.Message(
            String.join("; ", reasons.stream().map(LocalizedText::th).toList()),
            String.join("; ", reasons.stream().map(LocalizedText::en).toList())),
        null, null);
  }

  private Problem.Message message(String key, Object... args) {
    return new Problem.Message(messages.get(Language.TH, key, args), messages.get(Language.EN, key, args));
  }

  private static void problem(
      Context ctx, HttpStatus status, String slug, Problem.Message message,
      @Nullable List<Problem.FieldMessage> errors, @Nullable Object current) {
    ctx.status(status)
        .json(new Problem(Problem.type(slug), status.getMessage(), status.getCode(), message.en(), ctx.path(), message, errors, current))
        .contentType(Problem.MEDIA_TYPE);
  }
}
