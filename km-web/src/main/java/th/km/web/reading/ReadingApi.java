package th.km.web.reading;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.km.core.account.Account;
import th.km.core.account.AccountStore;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.reading.MandatoryReading;
import th.km.core.reading.ReadResult;
import th.km.core.reading.ReadingRoster;
import th.km.core.plan.DivisionCode;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;

/**
 * The reading endpoints of the JSON API: count a read of an asset ({@code POST .../reads}), see
 * its reads and roster ({@code GET .../readers}), acknowledge it ({@code POST .../acknowledgement}),
 * and list the organization's mandatory readings with what the account still owes ({@code GET
 * .../mandatory-readings}).
 */
public final class ReadingApi {

  private final Readings readings;
  private final ReadingPages pages;
  private final AccountStore accounts;
  private final Sessions sessions;
  private final java.time.Clock clock;

  public ReadingApi(
      Readings readings, ReadingPages pages, AccountStore accounts, Sessions sessions, java.time.Clock clock) {
    this.readings = readings;
    this.pages = pages;
    this.accounts = accounts;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** {@code POST .../knowledge/{year}/{asset}/reads}: the read of the signed-in account. */
  public void read(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    AssetRef asset = pages.asset(ctx, org);
    ReadResult result = readings.countRead(ctx, org, asset);
    ctx.json(
        Map.of(
            "asset", asset.assetId(), "year", asset.year().buddhistYear(), "result", result.name(),
            "reads", readings.reads(org, asset),
            "readsYear", readings.countingYear().buddhistYear()));
  }

  /** {@code GET .../knowledge/{year}/{asset}/readers}: the reads, and who has read a mandatory one. */
  public void readers(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    AssetRef asset = pages.asset(ctx, org);
    ReadingBackend b = readings.backend();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("asset", asset.assetId());
    out.put("year", asset.year().buddhistYear());
    out.put("reads", readings.reads(org, asset));
    out.put("readsYear", readings.countingYear().buddhistYear());
    var mandatory = b.duties().requirement(org, asset);
    mandatory.ifPresent(m -> out.put("mandatory", json(m)));
    List<ReadingRoster.Line> roster =
        mandatory.map(m -> ReadingRoster.of(m, accounts.accounts(org), b.duties().acknowledgements(org, asset))).orElse(List.of());
    out.put(
        "roster",
        roster.stream()
            .map(
                l -> {
                  Map<String, Object> line = new LinkedHashMap<>();
                  line.put("username", l.account().username());
                  l.acknowledgedAt().ifPresent(at -> line.put("acknowledgedAt", at.toString()));
                  return line;
                })
            .toList());
    ctx.json(out);
  }

  /** {@code POST .../knowledge/{year}/{asset}/acknowledgement}: the signed-in account has read it. */
  public void acknowledge(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    AssetRef asset = pages.asset(ctx, org);
    Account account = sessions.current(ctx).orElseThrow();
    boolean made =
        readings.backend().duties().acknowledge(org, asset, account.username(), clock.instant(), ReadingPages.actor(ctx, account));
    ctx.json(
        Map.of(
            "asset", asset.assetId(), "year", asset.year().buddhistYear(), "username", account.username(),
            "new", made));
  }

  /** {@code GET .../mandatory-readings}: every mandatory reading, and whether the account owes it. */
  public void mandatory(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    Account account = sessions.current(ctx).orElseThrow();
    ReadingBackend b = readings.backend();
    List<MandatoryReading> all = b.duties().requirements(org);
    List<MandatoryReading> owed = ReadingRoster.owedBy(account, all, b.duties().acknowledgementsBy(org, account.username()));
    ctx.json(
        Map.of(
            "readings",
            all.stream()
                .map(
                    m -> {
                      Map<String, Object> json = json(m);
                      json.put("owed", owed.contains(m));
                      return json;
                    })
                .toList()));
  }

  private static Map<String, Object> json(MandatoryReading m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asset", m.asset().assetId());
    json.put("year", m.asset().year().buddhistYear());
    json.put("allStaff", m.allStaff());
    json.put("divisions", m.divisions().stream().map(DivisionCode::value).sorted().toList());
    return json;
  }
}
