package th.km.web.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.List;
import th.km.core.evaluation.IndicatorResult;
import th.km.core.records.YearRecord;
import th.km.web.cache.Rendered;
import th.km.web.http.WebError;
import th.km.web.year.Derived;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * The results resources of the JSON API: {@code …/results}, {@code …/results/{indicator}} and the
 * public {@code …/public}. The answers of a snapshot are written once, as bytes and gzip, and kept
 * with it, so that the most asked resource costs a cache look-up (or a 304 for a client that holds it).
 */
public final class ResultsApi {

  private final YearLookup lookup;
  private final ObjectMapper json;
  private final Derived<Rendered> results;
  private final Derived<Rendered> publicResults;

  public ResultsApi(YearLookup lookup, ObjectMapper json) {
    this.lookup = lookup;
    this.json = json;
    this.results = Derived.of("results-json", s -> write(ResultsJson.of(s, true)));
    this.publicResults = Derived.of("public-results-json", s -> write(ResultsJson.of(s, false)));
  }

  /** {@code GET /api/v1/organizations/{org}/results?year=&asOf=}. */
  public void results(Context ctx) {
    lookup.find(ctx).get(results).send(ctx);
  }

  /** {@code GET /api/v1/organizations/{org}/public?year=&asOf=}: no record ids, no login. */
  public void publicResults(Context ctx) {
    lookup.find(ctx).get(publicResults).send(ctx);
  }

  /** {@code GET /api/v1/organizations/{org}/results/{indicator}}: with the records counted. */
  public void indicator(Context ctx) {
    Snapshot s = lookup.find(ctx);
    String id = ctx.pathParam(ResultPages.INDICATOR);
    IndicatorResult result =
        IndicatorIds.find(s.evaluation(), id)
            .orElseThrow(() -> WebError.notFound("error.indicatorNotFound", id));
    String base =
        "/api/v1/organizations/" + s.plan().organization().code().value() + "/records/";
    List<ResultsJson.RecordRef> records =
        result.recordIds().stream()
            .map(
                rid -> {
                  YearRecord r = s.records().byId(rid).orElseThrow();
                  return new ResultsJson.RecordRef(
                      rid,
                      r.kind().name(),
                      r.occurredOn().map(Object::toString).orElse(null),
                      base + rid + "?year=" + s.plan().fiscalYear().buddhistYear());
                })
            .toList();
    ctx.json(
        new ResultsJson.IndicatorDetail(
            s.plan().organization().code().value(),
            s.plan().fiscalYear().buddhistYear(),
            s.asOf().toString(),
            ResultsJson.Result.of(result, s.plan(), true),
            records));
  }

  private Rendered write(Object value) {
    try {
      return Rendered.of(ContentType.JSON, json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the results always serialize", e);
    }
  }
}
