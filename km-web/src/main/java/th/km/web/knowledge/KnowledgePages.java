package th.km.web.knowledge;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.reading.AssetRef;
import th.km.web.reading.Readings;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.plan.KmPlan;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.web.entry.FieldError;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Sessions;

/**
 * The knowledge base's pages under {@code /organizations/{org}/knowledge}: the list, the form of a
 * new asset, an asset's page, its edit form (each save a new version) and its versions compared.
 * The workflow's moves and the attachments are {@link WorkflowPages} and {@link AttachmentRoutes}.
 */
public final class KnowledgePages {

  private final KnowledgeBase kb;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;
  private final Optional<Readings> readings;

  public KnowledgePages(KnowledgeBase kb, Sessions sessions, PageFactory pages, Templates templates) {
    this(kb, sessions, pages, templates, Optional.empty());
  }

  /** As above, with reading: a published asset's page counts the read and shows who has read it. */
  public KnowledgePages(
      KnowledgeBase kb, Sessions sessions, PageFactory pages, Templates templates, Optional<Readings> readings) {
    this.readings = readings;
    this.kb = kb;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** The path of an asset's page, with its year. */
  static String href(KmPlan plan, String assetId) {
    return base(plan) + "/" + assetId + "?year=" + plan.fiscalYear().buddhistYear();
  }

  static String base(KmPlan plan) {
    return "/organizations/" + plan.organization().code().value() + "/knowledge";
  }

  /** {@code GET …/knowledge}: the year's assets, filtered; readers see what is approved only. */
  public void list(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    Account a = kb.account(ctx);
    ListFilter filter = ListFilter.of(ctx, plan);
    List<KnowledgeContent> shown = new ArrayList<>();
    List<KnowledgeContent> latest = kb.store().list(plan.organization().code(), filter.filter());
    List<KnowledgeContent> readable = kb.store().list(plan.organization().code(), filter.filter().readable());
    Map<String, KnowledgeContent> readableById = new HashMap<>();
    readable.forEach(c -> readableById.put(c.assetId(), c));
    for (KnowledgeContent c : latest) {
      if (kb.seesWork(a, c.division())) {
        shown.add(c);
      } else if (readableById.containsKey(c.assetId())) {
        shown.add(readableById.get(c.assetId()));
      }
    }
    Page page = pages.forPlan(ctx, plan, "knowledge.title");
    templates.render(
        ctx,
        "knowledge-list.jte",
        Map.of(
            "page", page,
            "view", new KnowledgeView(page, plan, kb.today()),
            "items", shown,
            "filter", filter,
            "mayCreate", a.role().editsAll() || a.division().isPresent() && kb.mayEdit(a, a.division())));
  }

  /** {@code GET …/knowledge/new}: the form of a new asset. */
  public void newForm(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    Map<String, String> values = new LinkedHashMap<>();
    kb.account(ctx).division().ifPresent(d -> values.put(KnowledgeInput.DIVISION, d.value()));
    renderForm(ctx, plan, Optional.empty(), values, List.of(), List.of());
  }

  /** {@code POST …/knowledge}: creates the asset with its first version. */
  public void create(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    switch (KnowledgeInput.read(ctx::formParams)) {
      case KnowledgeInput.Read.Invalid i -> invalid(ctx, plan, Optional.empty(), i);
      case KnowledgeInput.Read.Valid v -> {
        requireRights(ctx, v.draft());
        KnowledgeWrite w = kb.store().create(plan.organization().code(), plan.fiscalYear(), v.draft(), kb.actor(ctx));
        written(ctx, plan, Optional.empty(), w, KnowledgeInput.values(v.draft(), ""), "knowledge.created");
      }
    }
  }

  /**
   * The content security policy of a page that draws a Mermaid flowchart: km's own, but Mermaid
   * writes the drawing's style into the SVG it makes, so inline style is allowed there (scripts
   * still come from km's own files only). The Markdown beside it is escaped, so no one else's
   * style or markup reaches the page.
   */
  static final String MERMAID_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** {@code GET …/knowledge/{asset}}: the asset as the account may see it. */
  public void show(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    KnowledgeContent c = kb.shown(ctx, plan.fiscalYear(), id);
    Account a = kb.account(ctx);
    boolean work = kb.seesWork(a, c.division());
    List<AttachmentInfo> files = kb.store().attachments(plan.organization().code(), plan.fiscalYear(), id);
    Page listPage = pages.forPlan(ctx, plan, "knowledge.title");
    Page page = listPage.with(c.title(), listPage.nav());
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("view", new KnowledgeView(page, plan, kb.today()));
    params.put("content", c);
    params.put("html", MarkdownView.html(c.body()));
    params.put("files", files);
    params.put("mayEdit", kb.mayEdit(a, c.division()));
    params.put("seesWork", work);
    params.put("moves", List.copyOf(kb.moves(a, c)));
    params.put("history", work ? kb.store().history(plan.organization().code(), plan.fiscalYear(), id) : List.of());
    AssetRef ref = new AssetRef(plan.fiscalYear(), id);
    boolean published = c.state() == KnowledgeState.PUBLISHED;
    // Reading counts itself: opening the published version, once per reader per day.
    readings.ifPresent(r -> {
      if (published) {
        r.countRead(ctx, plan.organization().code(), ref);
      }
    });
    params.put("reading", readings.map(r -> r.panel(ctx, plan, ref, published)));
    if (c.flowchartMermaid().isPresent()) {
      ctx.header("Content-Security-Policy", MERMAID_POLICY);
    }
    templates.render(ctx, "knowledge-asset.jte", params);
  }

  /** {@code GET …/knowledge/{asset}/edit}: the latest version in the form, for the next. */
  public void editForm(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    KnowledgeContent c = kb.editable(ctx, plan.fiscalYear(), kb.assetId(ctx));
    renderForm(ctx, plan, Optional.of(c), KnowledgeInput.values(c), List.of(), List.of());
  }

  /** {@code POST …/knowledge/{asset}}: saves the form as the next version. */
  public void save(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    KnowledgeContent latest = kb.editable(ctx, plan.fiscalYear(), kb.assetId(ctx));
    String seen = Optional.ofNullable(ctx.formParam("basedOn")).orElse("");
    if (!seen.matches("[0-9]{1,9}")) {
      throw WebError.badRequest("knowledge.error.basedOn");
    }
    switch (KnowledgeInput.read(ctx::formParams)) {
      case KnowledgeInput.Read.Invalid i -> invalid(ctx, plan, Optional.of(latest), i);
      case KnowledgeInput.Read.Valid v -> {
        requireRights(ctx, v.draft());
        KnowledgeWrite w =
            kb.store()
                .save(plan.organization().code(), plan.fiscalYear(), latest.assetId(), Integer.parseInt(seen), v.draft(), kb.actor(ctx));
        written(ctx, plan, Optional.of(latest), w, KnowledgeInput.values(v.draft(), seen), "knowledge.saved");
      }
    }
  }

  /** {@code GET …/knowledge/{asset}/versions}: who changed what when, and two versions compared. */
  public void versions(Context ctx) {
    KmPlan plan = kb.plan(ctx);
    String id = kb.assetId(ctx);
    KnowledgeContent shown = kb.shown(ctx, plan.fiscalYear(), id);
    boolean work = kb.seesWork(kb.account(ctx), shown.division());
    List<KnowledgeContent> all =
        kb.store().versions(plan.organization().code(), plan.fiscalYear(), id).stream()
            .filter(c -> work || c.state().readable())
            .toList();
    int to = number(ctx.queryParam("to"), all.get(all.size() - 1).version());
    int from = number(ctx.queryParam("from"), all.size() > 1 ? all.get(all.size() - 2).version() : to);
    Optional<KnowledgeContent> a = all.stream().filter(c -> c.version() == from).findFirst();
    Optional<KnowledgeContent> b = all.stream().filter(c -> c.version() == to).findFirst();
    if (a.isEmpty() || b.isEmpty()) {
      throw WebError.notFound("knowledge.error.noVersion", id, a.isEmpty() ? from : to);
    }
    Page page = pages.forPlan(ctx, plan, "knowledge.versions.title");
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("view", new KnowledgeView(page, plan, kb.today()));
    params.put("content", shown);
    params.put("versions", all);
    params.put("from", a.get());
    params.put("to", b.get());
    params.put("diff", VersionDiff.of(a.get(), b.get()));
    templates.render(ctx, "knowledge-versions.jte", params);
  }

  private static int number(String text, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    if (!text.strip().matches("[0-9]{1,9}")) {
      throw WebError.badRequest("knowledge.error.versionNumber", text.length() > 20 ? text.substring(0, 20) : text);
    }
    return Integer.parseInt(text.strip());
  }

  /** A division head writes only the own division's assets: 403 otherwise, nothing stored. */
  private void requireRights(Context ctx, KnowledgeDraft draft) {
    if (!kb.mayEdit(kb.account(ctx), draft.division())) {
      throw new WebError(HttpStatus.FORBIDDEN, "forbidden", "knowledge.error.notYourDivision");
    }
  }

  private void written(
      Context ctx,
      KmPlan plan,
      Optional<KnowledgeContent> latest,
      KnowledgeWrite w,
      Map<String, String> values,
      String noticeKey) {
    Language language = pages.forPlan(ctx, plan, "knowledge.title").language();
    switch (w) {
      case KnowledgeWrite.Saved s -> {
        Page page = pages.forPlan(ctx, plan, "knowledge.title");
        sessions.notice(ctx, page.t(noticeKey, s.content().title(), s.content().version()));
        ctx.redirect(href(plan, s.content().assetId()), HttpStatus.SEE_OTHER);
      }
      case KnowledgeWrite.Stale s -> {
        ctx.status(HttpStatus.CONFLICT);
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put("basedOn", String.valueOf(s.current().version()));
        String text = pages.forPlan(ctx, plan, "knowledge.title").t("knowledge.stale", s.seen(), s.current().version(), s.current().changedBy());
        renderForm(ctx, plan, Optional.of(s.current()), v, List.of(), List.of(text));
      }
      case KnowledgeWrite.Refused r -> {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderForm(ctx, plan, latest, values, List.of(),
            r.reasons().stream().map(t -> text(t, language)).toList());
      }
    }
  }

  static String text(LocalizedText t, Language language) {
    return language == Language.TH ? t.th() : t.en();
  }

  private void invalid(Context ctx, KmPlan plan, Optional<KnowledgeContent> latest, KnowledgeInput.Read.Invalid i) {
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    Map<String, String> values = new LinkedHashMap<>(i.values());
    values.put("basedOn", Optional.ofNullable(ctx.formParam("basedOn")).orElse(""));
    renderForm(ctx, plan, latest, values, i.errors(), List.of());
  }

  private void renderForm(
      Context ctx,
      KmPlan plan,
      Optional<KnowledgeContent> latest,
      Map<String, String> values,
      List<FieldError> errors,
      List<String> general) {
    Page page = pages.forPlan(ctx, plan, latest.isPresent() ? "knowledge.edit.title" : "knowledge.new.title");
    Map<String, String> errorTexts = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    for (FieldError e : errors) {
      errorTexts.merge(e.field(), page.t(e.messageKey(), e.args(page.language())), (x, y) -> x);
    }
    if (!errors.isEmpty()) {
      messages.add(page.t("entry.error.summary", errorTexts.size()));
    }
    messages.addAll(general);
    Map<String, String> v = new LinkedHashMap<>(values);
    latest.ifPresent(c -> v.putIfAbsent("basedOn", String.valueOf(c.version())));
    List<AttachmentInfo> images =
        latest
            .map(c -> kb.store().attachments(plan.organization().code(), plan.fiscalYear(), c.assetId()))
            .orElse(List.of())
            .stream()
            .filter(f -> f.type().image())
            .toList();
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("view", new KnowledgeView(page, plan, kb.today()));
    params.put("action", latest.map(c -> base(plan) + "/" + c.assetId()).orElse(base(plan)) + "?year=" + plan.fiscalYear().buddhistYear());
    params.put("values", v);
    params.put("errors", errorTexts);
    params.put("messages", messages);
    params.put("images", images);
    params.put("isNew", latest.isEmpty());
    templates.render(ctx, "knowledge-form.jte", params);
  }
}
