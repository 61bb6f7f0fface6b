package th.km.web.plan;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.web.PlanSource;
import th.km.web.http.WebError;
import th.km.web.security.AccessGuard;

/**
 * Finds the plan a request is about: the organization in the path and the fiscal year in {@code
 * ?year=2569}; without a year, the year of today's date if there is a plan for it, else the latest.
 */
public final class PlanLookup {

  private final PlanSource plans;

  public PlanLookup(PlanSource plans) {
    this.plans = plans;
  }

  /** The plan, or a 404 (400 for a malformed year) that names what was not found. */
  public KmPlan find(Context ctx, LocalDate today) {
    String code = ctx.pathParam(AccessGuard.ORGANIZATION);
    OrganizationCode organization;
    try {
      organization = OrganizationCode.of(code);
    } catch (IllegalArgumentException e) {
      throw WebError.notFound("error.organizationNotFound", code);
    }
    List<FiscalYear> years = plans.years(organization);
    if (years.isEmpty()) {
      throw WebError.notFound("error.organizationNotFound", code);
    }
    FiscalYear year = yearOf(ctx.queryParam("year"), years, today);
    return plans
        .plan(organization, year)
        .orElseThrow(() -> WebError.notFound("error.planNotFound", code, year.buddhistYear()));
  }

  private static FiscalYear yearOf(String asked, List<FiscalYear> years, LocalDate today) {
    if (asked != null && !asked.isBlank()) {
      OptionalInt n = ThaiDigits.parseInt(asked);
      if (n.isEmpty() || n.getAsInt() < 2400 || n.getAsInt() > 2700) {
        throw WebError.badRequest("error.badYear", asked);
      }
      return FiscalYear.ofBuddhistYear(n.getAsInt());
    }
    FiscalYear current = FiscalYear.containing(today);
    return years.contains(current) ? current : years.get(years.size() - 1);
  }
}
