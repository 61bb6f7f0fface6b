package th.km.web.assets;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.web.year.Snapshot;
import th.km.web.year.YearLookup;

/** {@code GET /api/v1/organizations/{org}/assets?year=&asOf=}: the knowledge assets by division. */
public final class AssetsApi {

  /** The assets of a year as of a day. */
  public record Assets(
      String organization,
      int fiscalYear,
      String asOf,
      Map<String, Integer> counts,
      long accesses,
      List<DivisionJson> divisions) {}

  /** The assets of a division; {@code division} is left out for those of the whole organization. */
  public record DivisionJson(@Nullable String division, @Nullable String name, List<AssetJson> assets) {}

  /** An asset as of the day. */
  public record AssetJson(
      String id,
      String title,
      String kind,
      String status,
      boolean withFlowchart,
      String createdOn,
      @Nullable String reviewedOn,
      List<AuthorJson> authors,
      List<ChannelJson> channels,
      long accesses) {}

  /** An author. */
  public record AuthorJson(String id, String name) {}

  /** A channel of an asset: published from a day, and accessed so often. */
  public record ChannelJson(String channel, @Nullable String publishedOn, long accesses) {}

  private final YearLookup lookup;

  public AssetsApi(YearLookup lookup) {
    this.lookup = lookup;
  }

  public void list(Context ctx) {
    Snapshot s = lookup.find(ctx);
    AssetList list = s.get(AssetList.VIEW);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (AssetStatus status : AssetStatus.values()) {
      counts.put(status.name(), list.counts().getOrDefault(status, 0));
    }
    ctx.json(
        new Assets(
            s.plan().organization().code().value(),
            s.plan().fiscalYear().buddhistYear(),
            s.asOf().toString(),
            counts,
            list.accesses(),
            list.divisions().stream().map(d -> division(d, s.asOf())).toList()));
  }

  private static DivisionJson division(AssetList.DivisionAssets d, java.time.LocalDate asOf) {
    return new DivisionJson(
        d.code().map(c -> c.value()).orElse(null),
        d.division().map(x -> x.name()).orElse(null),
        d.kinds().stream().flatMap(k -> k.assets().stream()).map(a -> asset(a, asOf)).toList());
  }

  private static AssetJson asset(AssetList.AssetRow row, java.time.LocalDate asOf) {
    KnowledgeAsset a = row.asset();
    return new AssetJson(
        a.id(),
        a.title(),
        a.assetKind().name(),
        row.status().name(),
        a.withFlowchart(),
        a.createdOn().toString(),
        a.reviewedOn().filter(d -> !d.isAfter(asOf)).map(Object::toString).orElse(null),
        row.authors().stream().map(p -> new AuthorJson(p.id(), p.name())).toList(),
        row.channels().stream()
            .map(c -> new ChannelJson(c.channel().name(), c.publishedOn().map(Object::toString).orElse(null), c.accesses()))
            .toList(),
        row.accesses());
  }
}
