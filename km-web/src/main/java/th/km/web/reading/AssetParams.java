package th.km.web.reading;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.regex.Pattern;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.web.DashboardSource;
import th.km.web.http.WebError;
import th.km.web.plan.PlanLookup;
import th.km.web.year.YearLookup;

/**
 * An asset as the knowledge routes name it: its record id in the path ({@code {asset}}) and the
 * fiscal year of its records in {@code ?year=} (the current year by default), as the knowledge
 * base's own pages do.
 */
public final class AssetParams {

  /** The path parameter of the asset's record id. */
  public static final String ASSET = "asset";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private AssetParams() {}

  /** The path's asset and query's year; a 404 for an id no asset can have or a year without plan. */
  public static AssetRef of(Context ctx, DashboardSource years, LocalDate today) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    String id = ctx.pathParam(ASSET);
    if (!ID.matcher(id).matches()) {
      throw WebError.notFound("reading.noAsset", ReadingPages.cut(id));
    }
    return new AssetRef(PlanLookup.yearOf(ctx.queryParam(YearLookup.YEAR), years.years(org), org, today), id);
  }

  /** The asset's segment and year query, {@code asset-3?year=2569}, to follow a path. */
  public static String suffix(AssetRef asset) {
    return asset.assetId() + "?year=" + asset.year().buddhistYear();
  }
}
