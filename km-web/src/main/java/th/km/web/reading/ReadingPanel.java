package th.km.web.reading;

import java.util.List;
import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Division;
import th.km.core.reading.AssetRef;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.ReadingRoster;
import th.km.core.records.ActivityRef;

/**
 * What an asset's page shows of its reading: how often it was read, whether it is mandatory
 * reading and who has read and acknowledged it, the acknowledge button, the activity or training
 * report it came from, and its address on the public portal.
 *
 * @param asset the asset
 * @param base the path of the asset's page without its year, to which the reading forms post
 * @param reads the accesses of it that the records of {@code readsYear} hold, the count the access
 *     indicators of that year see
 * @param readsYear the fiscal year of today, the year whose reads are counted (a read counts in the
 *     year it is made, also of an asset of an earlier year)
 * @param mandatory whether and for whom it is mandatory reading
 * @param roster who has read it and who has not yet, when it is mandatory
 * @param acknowledged whether the signed-in account acknowledged having read it
 * @param mayManage whether the account may make it mandatory reading (the secretary)
 * @param divisions the plan's divisions, for the mandatory-reading form
 * @param activity the plan activity it came from, with the activity's name
 * @param activityPath the path of the activity on the action plan page
 * @param fromReport the post-training report it was drafted from
 * @param portalPath its address on the public portal, when it is published
 */
public record ReadingPanel(
    AssetRef asset,
    String base,
    long reads,
    FiscalYear readsYear,
    Optional<MandatoryReading> mandatory,
    List<ReadingRoster.Line> roster,
    boolean acknowledged,
    boolean mayManage,
    List<Division> divisions,
    Optional<ActivityRef> activity,
    String activityName,
    String activityPath,
    Optional<String> fromReport,
    Optional<String> portalPath) {

  /** Whether the division is one the asset is mandatory reading for, to tick it in the form. */
  public boolean requires(Division division) {
    return mandatory.map(m -> m.divisions().contains(division.code())).orElse(false);
  }

  /** How many of the roster have read it. */
  public long readCount() {
    return roster.stream().filter(l -> l.acknowledgedAt().isPresent()).count();
  }
}
