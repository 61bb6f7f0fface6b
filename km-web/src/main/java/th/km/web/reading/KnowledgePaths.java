package th.km.web.reading;

import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.records.ActivityRef;

/** The paths of the organization's knowledge pages that the reading pages link and post to. */
public final class KnowledgePaths {

  private KnowledgePaths() {}

  /** The organization's knowledge base. */
  public static String knowledge(OrganizationCode org) {
    return "/organizations/" + org.value() + "/knowledge";
  }

  /** An asset's page in the organization. */
  public static String asset(OrganizationCode org, AssetRef asset) {
    return knowledge(org) + "/" + AssetParams.suffix(asset);
  }

  /** The activity on the action plan page of its year. */
  public static String activity(OrganizationCode org, int buddhistYear, ActivityRef activity) {
    return "/organizations/" + org.value() + "/action-plan?year=" + buddhistYear + "#activity-" + activity.goal()
        + "-" + activity.activity();
  }
}
