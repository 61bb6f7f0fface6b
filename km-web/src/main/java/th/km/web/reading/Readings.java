package th.km.web.reading;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.account.Role;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmGoal;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;
import th.km.core.reading.AssetRef;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.ReadResult;
import th.km.core.reading.ReadingRoster;
import th.km.core.records.ActivityRef;
import th.km.web.WebConfig;
import th.km.web.security.Sessions;

/**
 * The reading side of an asset's page, for the knowledge pages to call: count a read of a
 * published asset, and make the {@link ReadingPanel} the page shows.
 */
public final class Readings {

  private final ReadingBackend reading;
  private final AccountStore accounts;
  private final WebConfig config;
  private final Sessions sessions;

  public Readings(ReadingBackend reading, AccountStore accounts, WebConfig config, Sessions sessions) {
    this.reading = reading;
    this.accounts = accounts;
    this.config = config;
    this.sessions = sessions;
  }

  /** What the reading features keep. */
  public ReadingBackend backend() {
    return reading;
  }

  /** Counts the request's read of the published asset, once per reader per day. */
  public ReadResult countRead(Context ctx, OrganizationCode org, AssetRef asset) {
    return reading
        .log()
        .read(org, asset, config.today(), ReaderOf.reader(ctx, sessions.current(ctx), reading.log(), config.today()));
  }

  /** The fiscal year of today: the year whose records a read made now counts in. */
  public FiscalYear countingYear() {
    return FiscalYear.containing(config.today());
  }

  /** The asset's accesses in the {@link #countingYear()}, as that year's access indicators count them. */
  public long reads(OrganizationCode org, AssetRef asset) {
    return reading.log().reads(org, asset, countingYear());
  }

  /**
   * The panel of the asset's page; {@code plan} is the plan of the asset's year, {@code published}
   * whether the asset has a published version (then it has an address on the portal).
   */
  public ReadingPanel panel(Context ctx, KmPlan plan, AssetRef asset, boolean published) {
    OrganizationCode org = plan.organization().code();
    Optional<Account> account = sessions.current(ctx);
    Optional<MandatoryReading> mandatory = reading.duties().requirement(org, asset);
    var acknowledgements = reading.duties().acknowledgements(org, asset);
    List<ReadingRoster.Line> roster =
        mandatory.map(m -> ReadingRoster.of(m, accounts.accounts(org), acknowledgements)).orElse(List.of());
    boolean acknowledged =
        account.isPresent()
            && acknowledgements.stream().anyMatch(a -> a.username().equals(account.get().username()));
    Optional<ActivityRef> activity = reading.links().activityOf(org, asset);
    String activityName = activity.flatMap(a -> activity(plan, a)).map(PlanActivity::name).orElse("");
    return new ReadingPanel(
        asset,
        KnowledgePaths.knowledge(org) + "/" + asset.assetId(),
        reads(org, asset),
        countingYear(),
        mandatory,
        roster,
        acknowledged,
        account.map(a -> a.role() == Role.SECRETARY).orElse(false),
        plan.divisions(),
        activity,
        activityName,
        activity.map(a -> KnowledgePaths.activity(org, asset.year().buddhistYear(), a)).orElse(""),
        reading.links().reportOf(org, asset),
        published ? Optional.of(PortalPages.path(org, asset)) : Optional.empty());
  }

  /** The plan's activity of the reference, if the plan has it. */
  static Optional<PlanActivity> activity(KmPlan plan, ActivityRef ref) {
    return plan.goal(ref.goal())
        .map(KmGoal::activities)
        .flatMap(as -> as.stream().filter(a -> a.number() == ref.activity()).findFirst());
  }
}
