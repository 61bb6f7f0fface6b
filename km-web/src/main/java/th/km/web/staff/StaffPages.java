package th.km.web.staff;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.plan.Division;
import th.km.core.plan.KmPlan;
import th.km.core.records.StaffMember;
import th.km.web.entry.WriteRights;
import th.km.web.page.Page;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.security.Sessions;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * {@code GET /organizations/{org}/staff}: the year's staff members by division, with the day each
 * joined, left and retires, and for those the account may correct a link to the staff form.
 */
public final class StaffPages {

  /**
   * One staff member as the list shows them.
   *
   * @param member the record
   * @param division the division's name as the plan writes it, empty for executives and council
   * @param serving whether the person serves on the page's day
   * @param mayCorrect whether the account may correct the record
   */
  public record Row(StaffMember member, Optional<String> division, boolean serving, boolean mayCorrect) {}

  private final YearLookup lookup;
  private final Sessions sessions;
  private final PageFactory pages;
  private final Templates templates;

  public StaffPages(YearLookup lookup, Sessions sessions, PageFactory pages, Templates templates) {
    this.lookup = lookup;
    this.sessions = sessions;
    this.pages = pages;
    this.templates = templates;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    Account account = sessions.current(ctx).orElseThrow();
    Page page = pages.forPlan(ctx, s.plan(), "staff.title");
    List<Row> rows =
        s.records().staff().stream()
            .sorted(Comparator.comparing((StaffMember m) -> m.division().map(d -> d.value()).orElse(""))
                .thenComparing(StaffMember::id))
            .map(m -> new Row(
                m,
                m.division().map(d -> divisionName(s.plan(), d.value())),
                m.isActiveOn(s.asOf()),
                account.role().editsAll()
                    || (account.division().isPresent() && WriteRights.mayConcern(account, m))))
            .toList();
    templates.render(
        ctx,
        "staff.jte",
        Map.of("page", page, "plan", s.plan(), "asOf", s.asOf(), "rows", rows,
            "mayAdd", account.role().editsAll() || account.division().isPresent()));
  }

  private static String divisionName(KmPlan plan, String code) {
    return plan.divisions().stream()
        .filter(d -> d.code().value().equals(code))
        .map(Division::name)
        .findFirst()
        .orElse(code);
  }
}
