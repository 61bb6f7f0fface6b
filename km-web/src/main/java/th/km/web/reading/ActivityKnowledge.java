package th.km.web.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.plan.KmGoal;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;
import th.km.core.reading.AssetRef;
import th.km.core.records.ActivityRef;
import th.km.core.records.KnowledgeAsset;
import th.km.web.DashboardSource;
import th.km.web.YearData;

/**
 * The AARs and stories of each activity of a plan, for the action plan page to list under the
 * activity with its "new AAR" and "new story" buttons.
 */
public final class ActivityKnowledge {

  /**
   * An asset linked to an activity.
   *
   * @param title its title, as its record of the year says
   * @param path its page
   */
  public record Linked(String title, String path) {}

  private final ReadingBackend reading;
  private final DashboardSource years;

  public ActivityKnowledge(ReadingBackend reading, DashboardSource years) {
    this.reading = reading;
    this.years = years;
  }

  /** The assets linked to each activity of the plan, by activity; activities without any absent. */
  public Map<ActivityRef, List<Linked>> of(KmPlan plan) {
    OrganizationCode org = plan.organization().code();
    var records = years.year(org, plan.fiscalYear()).map(YearData::records);
    Map<ActivityRef, List<Linked>> out = new LinkedHashMap<>();
    for (KmGoal g : plan.goals()) {
      for (PlanActivity a : g.activities()) {
        ActivityRef ref = new ActivityRef(g.number(), a.number());
        List<AssetRef> assets = reading.links().assetsOf(org, plan.fiscalYear(), ref);
        if (!assets.isEmpty()) {
          out.put(
              ref,
              assets.stream()
                  .map(
                      asset ->
                          new Linked(
                              records
                                  .flatMap(r -> r.knowledgeAsset(asset.assetId()))
                                  .map(KnowledgeAsset::title)
                                  .orElse(asset.assetId()),
                              KnowledgePaths.asset(org, asset)))
                  .toList());
        }
      }
    }
    return out;
  }
}
