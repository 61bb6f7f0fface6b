package th.km.web.national;

import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.rollup.AreaTally;
import th.km.core.rollup.NationalTally;
import th.km.web.results.ResultsJson.CountsJson;
import th.km.web.results.ResultsJson.Text;

/**
 * The JSON answers of the national API: the {@code Rollup} schema of the OpenAPI document, for the
 * nation (its lines are provinces) and for a province (its lines are organizations).
 *
 * @param fiscalYear the year, B.E.
 * @param asOf the day the stored batch evaluated the year as of, an ISO date
 * @param storedAt when the batch was stored, an ISO instant
 * @param area {@code nation}, or the province's code
 * @param name the province's name; empty for the nation
 * @param organizations how many organizations the area has in the batch
 * @param failed how many of them could not be evaluated
 * @param counts their indicators per status
 * @param rows the provinces of the nation, or the organizations of the province
 */
record NationalJson(
    int fiscalYear,
    String asOf,
    String storedAt,
    String area,
    String name,
    int organizations,
    int failed,
    CountsJson counts,
    List<Row> rows) {

  /** One line: a province or an organization. */
  record Row(
      String code,
      String name,
      int organizations,
      int failed,
      CountsJson counts,
      @Nullable Text problem) {

    static Row of(RollupRow r) {
      return new Row(
          r.code(),
          r.name(),
          r.organizations(),
          r.failed(),
          CountsJson.of(r.counts()),
          r.problem().map(Text::of).orElse(null));
    }
  }

  static NationalJson of(
      NationalTally nation, String area, String name, AreaTally tally, List<RollupRow> rows) {
    return new NationalJson(
        nation.fiscalYear().buddhistYear(),
        nation.asOf().toString(),
        nation.storedAt().toString(),
        area,
        name,
        tally.organizations(),
        tally.failed(),
        CountsJson.of(tally.counts()),
        rows.stream().map(Row::of).toList());
  }
}
