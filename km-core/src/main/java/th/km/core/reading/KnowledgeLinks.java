package th.km.core.reading;

import java.util.List;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.ActivityRef;

/**
 * Where knowledge assets came from (the port the database implements): the post-training report a
 * draft was made from, and the plan activity an After Action Review or a story was written about.
 */
public interface KnowledgeLinks {

  /** The asset drafted from the year's post-training report, if one was. */
  Optional<AssetRef> draftOf(OrganizationCode organization, FiscalYear year, String trainingReportId);

  /**
   * Remembers that the asset was drafted from the report; false, and nothing changed, when the
   * report already has a draft (it keeps the first).
   */
  boolean linkDraft(OrganizationCode organization, FiscalYear year, String trainingReportId, AssetRef asset);

  /** The post-training report of the asset's year the asset was drafted from, if it was. */
  Optional<String> reportOf(OrganizationCode organization, AssetRef asset);

  /** Links the asset to the activity of its year's plan it came from, replacing any link before. */
  void linkActivity(OrganizationCode organization, AssetRef asset, ActivityRef activity, Actor by);

  /** The plan activity the asset came from, if it is linked to one. */
  Optional<ActivityRef> activityOf(OrganizationCode organization, AssetRef asset);

  /** The assets of the year linked to the activity, in the order they were linked. */
  List<AssetRef> assetsOf(OrganizationCode organization, FiscalYear year, ActivityRef activity);
}
