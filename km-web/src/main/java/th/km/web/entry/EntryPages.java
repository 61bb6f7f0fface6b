package th.km.web.entry;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.LocalizedText;
import th.km.core.account.Account;
import th.km.core.account.Role;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.entry.Versioned;
import th.km.core.records.RecordKind;
import th.km.web.WebConfig;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.records.RecordFields;
import th.km.web.security.Sessions;

/**
 * The data-entry pages under {@code /organizations/{org}/record}: a list of the forms the account
 * may fill, and each form, which a POST to its own address stores. A wrong field comes back with
 * its message next to it (422); a record the account may not write is refused (403); a record
 * someone else saved first comes back with what is stored now (409); a saved one leads to the
 * dashboard page that shows it.
 */
public final class EntryPages {

  /** The path of the forms under an organization. */
  public static final String PATH = "record";

  private final Entry entry;
  private final WebConfig config;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public EntryPages(Entry entry, WebConfig config, Sessions sessions, PageFactory pages, Templates templates) {
    this.entry = entry;
    this.config = config;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  /** {@code GET /organizations/{org}/record}: the forms this account may fill. */
  public void index(Context ctx) {
    EntryContext c = context(ctx);
    Page page = pages.forPlan(ctx, c.plan(), "entry.index.title");
    List<EntryForm> forms =
        Forms.all().stream().filter(f -> f.access().allows(sessions.current(ctx))).toList();
    String deleted =
        c.account().role() == Role.SECRETARY
            ? base(c).replace("/" + PATH, "/" + DeletionPages.DELETED)
                + "?year=" + c.plan().fiscalYear().buddhistYear()
            : "";
    templates.render(
        ctx,
        "entry-index.jte",
        Map.of("page", page, "forms", forms, "base", base(c), "deletedHref", deleted));
  }

  /** {@code GET /organizations/{org}/record/{form}}: the empty form, or a stored record to correct. */
  public Handler show(EntryForm form) {
    return ctx -> {
      EntryContext c = context(ctx);
      Map<String, List<String>> values = new LinkedHashMap<>();
      form.initial(c, ctx::queryParam).forEach((k, v) -> values.put(k, List.of(v)));
      String toCorrect = form instanceof CorrectableForm f ? ctx.queryParam(f.queryParameter()) : null;
      if (form instanceof CorrectableForm f && toCorrect != null) {
        Versioned stored =
            entry.commands()
                .find(c.book(), f.correctedKind(), toCorrect)
                .orElseThrow(() -> WebError.notFound("error.recordNotFound", toCorrect));
        values.putAll(f.valuesOf(stored.record(), stored.version()));
      }
      String report = ctx.queryParam("report");
      if (form instanceof SignOffForm && report != null) {
        entry.commands()
            .find(c.book(), RecordKind.TRAINING_REPORT, report)
            .ifPresent(v -> values.put("version", List.of(Integer.toString(v.version()))));
      }
      render(ctx, form, c, values, Map.of(), List.of(), List.of());
    };
  }

  /** {@code POST /organizations/{org}/record/{form}}: stores the form's record. */
  public Handler submit(EntryForm form) {
    return ctx -> {
      EntryContext c = context(ctx);
      Map<String, List<String>> values = new LinkedHashMap<>(ctx.formParamMap());
      Entry.Outcome outcome = entry.submit(form, new Input(values), c, ctx.ip());
      Page page = pages.forPlan(ctx, c.plan(), form.titleKey());
      switch (outcome) {
        case Entry.Outcome.Saved s -> {
          sessions.notice(ctx, page.t("entry.saved", page.t(form.titleKey()), s.stored().record().id()));
          ctx.redirect(
              base(c).replace("/" + PATH, "/" + form.shownOn())
                  + "?year=" + c.plan().fiscalYear().buddhistYear(),
              HttpStatus.SEE_OTHER);
        }
        case Entry.Outcome.Invalid i -> {
          Map<String, String> errors = new LinkedHashMap<>();
          List<String> general = new ArrayList<>();
          for (FieldError e : i.errors()) {
            String text = page.t(e.messageKey(), e.args(page.language()));
            if (e.field().isEmpty()) {
              general.add(text);
            } else {
              errors.put(e.field(), text);
            }
          }
          general.add(0, page.t("entry.error.summary", errors.size()));
          ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
          render(ctx, form, c, values, errors, general, List.of());
        }
        case Entry.Outcome.Denied d ->
            throw WebError.forbidden(d.reason().messageKey(), d.reason().args(page.language()));
        case Entry.Outcome.Conflict conflict -> {
          List<RecordFields.Field> current =
              new RecordFields(page, c.plan(), c.records()).fields(conflict.current().record());
          values.put("version", List.of(Integer.toString(conflict.current().version())));
          ctx.status(HttpStatus.CONFLICT);
          render(ctx, form, c, values, Map.of(), List.of(page.t("entry.conflict", conflict.current().record().id())), current);
        }
        case Entry.Outcome.Rejected r -> {
          ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
          render(ctx, form, c, values, Map.of(),
              r.reasons().stream().map(t -> text(t, c.language())).toList(), List.of());
        }
      }
    };
  }

  private void render(
      Context ctx,
      EntryForm form,
      EntryContext c,
      Map<String, List<String>> values,
      Map<String, String> errors,
      List<String> formErrors,
      List<RecordFields.Field> current) {
    Page page = pages.forPlan(ctx, c.plan(), form.titleKey());
    String action = base(c) + "/" + form.slug() + "?year=" + c.plan().fiscalYear().buddhistYear();
    EntryContext shown = c;
    List<String> id = values.getOrDefault("id", List.of());
    if (form instanceof CorrectableForm f && !f.readsItsOwnId() && !id.isEmpty() && !id.get(0).isBlank()) {
      shown =
          entry.commands().find(c.book(), f.correctedKind(), id.get(0)).map(v -> c.without(v.record())).orElse(c);
    }
    FormView view = new FormView(action, Entry.fields(form, shown), values, errors, formErrors, current);
    templates.render(ctx, "entry.jte", Map.of("page", page, "form", view));
  }

  EntryContext context(Context ctx) {
    Account account = sessions.current(ctx).orElseThrow(() -> new WebError(HttpStatus.UNAUTHORIZED, "unauthorized", "error.signInRequired"));
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    FiscalYear year =
        PlanLookup.yearOf(
            ctx.queryParam("year"), entry.years(organization), organization, config.today());
    return entry
        .context(account, organization, year, config.today(), LanguageSelector.of(ctx))
        .orElseThrow(() -> WebError.notFound("error.planNotFound", organization.value(), year.buddhistYear()));
  }

  static String base(EntryContext c) {
    return "/organizations/" + c.plan().organization().code().value() + "/" + PATH;
  }

  /** The message in the language. */
  static String text(LocalizedText t, Language language) {
    return language == Language.TH ? t.th() : t.en();
  }
}
