package th.km.web.national;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.rollup.NationalTally;
import th.km.core.rollup.ProvinceTally;
import th.km.core.rollup.StoredResults;
import th.km.web.WebConfig;
import th.km.web.http.WebError;

/**
 * Finds what a national or province request asks for in the stored results: the year (B.E., Thai
 * digits too; by default the one of today), the nation's roll-up and a province's, or the 400 or
 * 404 that says why not.
 */
public final class NationalLookup {

  /** The path parameter of the province's code. */
  public static final String PROVINCE = "province";

  /** The path parameter of the year on the pages, and the query parameter in the API. */
  public static final String YEAR = "year";

  private final StoredResults results;
  private final WebConfig config;

  public NationalLookup(StoredResults results, WebConfig config) {
    this.results = results;
    this.config = config;
  }

  StoredResults results() {
    return results;
  }

  /** The year of the text, or this fiscal year when none is given. */
  FiscalYear year(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return FiscalYear.containing(config.today());
    }
    OptionalInt n = ThaiDigits.parseInt(text);
    if (n.isEmpty() || n.getAsInt() < 2400 || n.getAsInt() > 2700) {
      throw WebError.badRequest("error.badYear", text);
    }
    return FiscalYear.ofBuddhistYear(n.getAsInt());
  }

  /** The nation's roll-up of the year, or a 404 when no batch of the year was stored. */
  NationalTally nation(FiscalYear year) {
    return results
        .national(year)
        .orElseThrow(() -> WebError.notFound("error.nationalNotStored", year.buddhistYear()));
  }

  /** The province of the path, or a 404. */
  ProvinceTally province(Context ctx, FiscalYear year) {
    nation(year);
    String code = ctx.pathParam(PROVINCE);
    return results
        .province(year, code)
        .orElseThrow(() -> WebError.notFound("error.provinceNotFound", code, year.buddhistYear()));
  }

  /** Every province's line of the year. */
  List<RollupRow> provinceRows(FiscalYear year) {
    return results.provinces(year).stream().map(p -> RollupRow.of(p, year.buddhistYear())).toList();
  }

  /** The organizations' lines of the year: of one province, or of all. */
  List<RollupRow> organizationRows(FiscalYear year, Optional<String> province) {
    return results.organizations(year, province).stream()
        .map(o -> RollupRow.of(o, year.buddhistYear()))
        .toList();
  }
}
