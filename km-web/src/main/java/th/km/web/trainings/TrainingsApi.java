package th.km.web.trainings;

import io.javalin.http.Context;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /api/v1/organizations/{org}/trainings?year=&asOf=}. */
public final class TrainingsApi {

  private final YearLookup lookup;

  public TrainingsApi(YearLookup lookup) {
    this.lookup = lookup;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    ctx.json(TrainingsJson.of(s, s.get(TrainingList.VIEW)));
  }
}
