package th.km.web.findings;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.km.core.check.CheckReport;
import th.km.core.check.Finding;
import th.km.core.check.Severity;
import th.km.web.results.ResultsJson.Text;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/**
 * {@code GET /api/v1/organizations/{org}/findings?year=}: the checker's findings in the shape of
 * {@code km check --json}, with the location also in Thai and by goal and activity.
 */
public final class FindingsApi {

  /** The findings on a plan, most severe first. */
  public record Findings(String organization, int fiscalYear, Map<String, Long> counts, List<FindingJson> findings) {}

  /** A finding. */
  public record FindingJson(
      String severity,
      String code,
      String location,
      String locationTh,
      @Nullable Integer goal,
      @Nullable Integer activity,
      @Nullable Integer line,
      Text message) {
    public static FindingJson of(Finding f) {
      return new FindingJson(
          f.severity().name().toLowerCase(Locale.ROOT),
          f.code().code(),
          f.location().toString(),
          f.location().toThai(),
          f.location().goal().orElse(null),
          f.location().activity().orElse(null),
          f.location().line().orElse(null),
          Text.of(f.message()));
    }
  }

  private final YearLookup lookup;

  public FindingsApi(YearLookup lookup) {
    this.lookup = lookup;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    CheckReport report = s.get(Snapshot.FINDINGS);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.name().toLowerCase(Locale.ROOT), report.count(severity));
    }
    ctx.json(
        new Findings(
            s.plan().organization().code().value(),
            s.plan().fiscalYear().buddhistYear(),
            counts,
            report.findings().stream().map(FindingJson::of).toList()));
  }
}
