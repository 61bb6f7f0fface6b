package th.km.web.plan;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
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
    return find(ctx, ctx.queryParam("year"), today);
  }

  /** The plan of the year given (from the path, for example), or a 404 or 400 as {@link #find}. */
  public KmPlan find(Context ctx, @Nullable String askedYear, LocalDate today) {
    OrganizationCode organization = organizationOf(ctx);
    FiscalYear year = yearOf(askedYear, plans.years(organization), organization, today);
    return plans
        .plan(organization, year)
        .orElseThrow(
            () -> WebError.notFound("error.planNotFound", organization.value(), year.buddhistYear()));
  }

  /** The organization named in the path, or a 404 when the code cannot be one. */
  public static OrganizationCode organizationOf(Context ctx) {
    String code = ctx.pathParam(AccessGuard.ORGANIZATION);
    try {
      return OrganizationCode.of(code);
    } catch (IllegalArgumentException e) {
      throw WebError.notFound("error.organizationNotFound", code);
    }
  }

  /**
   * The fiscal year asked for ("2569", Thai digits too); without one, the year of today's date if
   * the organization has a plan for it, else its latest. A 404 when it has no plan at all, a 400
   * for a year that is no B.E. fiscal year.
   */
  public static FiscalYear yearOf(
      @Nullable String asked, List<FiscalYear> years, OrganizationCode organization, LocalDate today) {
    if (years.isEmpty()) {
      throw WebError.notFound("error.organizationNotFound", organization.value());
    }
    return chosenYear(asked, years, today);
  }

  private static FiscalYear chosenYear(@Nullable String asked, List<FiscalYear> years, LocalDate today) {
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
