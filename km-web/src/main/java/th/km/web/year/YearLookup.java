package th.km.web.year;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.TypedDates;
import th.km.core.plan.OrganizationCode;
import th.km.web.WebConfig;
import th.km.web.http.WebError;
import th.km.web.plan.PlanLookup;

/**
 * Finds the evaluated year a request is about: the organization in the path, the fiscal year in
 * {@code ?year=2569} (or in the path of the public page), and the day in {@code ?asOf=2026-03-15},
 * today in Bangkok when none is given.
 */
public final class YearLookup {

  /** The query parameter of the as-of day, an ISO date. */
  public static final String AS_OF = "asOf";

  /** The query parameter of the fiscal year, in B.E. */
  public static final String YEAR = "year";

  private final EvaluationCache cache;
  private final WebConfig config;

  public YearLookup(EvaluationCache cache, WebConfig config) {
    this.cache = cache;
    this.config = config;
  }

  /** The year of {@code ?year=} as of {@code ?asOf=}, or the 404 or 400 that says why not. */
  public Snapshot find(Context ctx) {
    return find(ctx, ctx.queryParam(YEAR));
  }

  /** The year given as text (B.E., Thai digits too) as of {@code ?asOf=}. */
  public Snapshot find(Context ctx, @Nullable String yearText) {
    OrganizationCode organization = PlanLookup.organizationOf(ctx);
    LocalDate today = config.today();
    FiscalYear year =
        PlanLookup.yearOf(yearText, cache.source().years(organization), organization, today);
    LocalDate asOf = asOf(ctx.queryParam(AS_OF), today);
    return cache
        .snapshot(organization, year, asOf)
        .orElseThrow(
            () -> WebError.notFound("error.planNotFound", organization.value(), year.buddhistYear()));
  }

  private static LocalDate asOf(@Nullable String asked, LocalDate today) {
    if (asked == null || asked.isBlank()) {
      return today;
    }
    if (TypedDates.read(asked) instanceof TypedDates.Reading.Valid v) {
      return v.date();
    }
    throw WebError.badRequest("error.badAsOf", asked);
  }
}
