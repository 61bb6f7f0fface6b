package th.km.web.audit;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.km.core.audit.AuditEntry;
import th.km.core.audit.AuditLog;
import th.km.core.records.RecordKind;
import th.km.web.WebConfig;
import th.km.web.i18n.Language;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * {@code GET /organizations/{org}/audit}: the organization's audit log, newest first: when, who and
 * from which address, what was done (in the page's words: an account created, a password reset, a
 * record corrected or deleted ...) and to which thing. The states before and after stay in the log
 * itself ({@link AuditLog}).
 */
public final class AuditPages {

  /**
   * One line of the log as the page shows it.
   *
   * @param at when, in Bangkok time
   * @param actor who
   * @param address the client address, or empty
   * @param what what was done, in the page's language
   * @param target which thing (an account's username, a record's year and id)
   */
  public record Row(String at, String actor, String address, String what, String target) {}

  /** The most entries the page shows. */
  static final int LIMIT = 500;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final YearLookup lookup;
  private final AuditLog log;
  private final PageFactory pages;
  private final Templates templates;

  public AuditPages(YearLookup lookup, AuditLog log, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.log = log;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Page page = pages.forPlan(ctx, s.plan(), "audit.title");
    List<AuditEntry> entries = log.entries(s.plan().organization().code());
    List<Row> rows = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && rows.size() < LIMIT; i--) {
      AuditEntry e = entries.get(i);
      var local = e.at().atZone(WebConfig.THAILAND);
      rows.add(
          new Row(
              page.date(local.toLocalDate()) + " " + TIME.format(local),
              e.actor().name(),
              e.actor().address().orElse(""),
              what(page, e),
              e.entityId()));
    }
    templates.render(ctx, "audit.jte", Map.of("page", page, "rows", rows));
  }

  /** The action in the page's words: the verb's message and the thing's name. */
  static String what(Page page, AuditEntry e) {
    String verb = e.action().substring(e.action().lastIndexOf('.') + 1);
    String thing = thing(page, e.entity());
    String key = "audit.verb." + verb;
    return page.messages().has(key) ? page.t(key, thing) : page.t("audit.verb.other", thing);
  }

  private static String thing(Page page, String entity) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(entity)) {
        return page.language() == Language.TH ? kind.thaiName() : kind.englishName();
      }
    }
    String key = "audit.entity." + entity;
    return page.messages().has(key) ? page.t(key) : page.t("audit.entity.other");
  }
}
