package th.km.web.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.AccessEvent;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.PublicationChannel;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.web.year.Derived;

/**
 * The knowledge assets made by the day, grouped by the division that owns them (in the plan's
 * order, organization-wide ones last) and by kind, each with its status on the day, its channels
 * and its accesses up to the day.
 *
 * @param divisions the groups
 * @param counts how many assets have each status
 * @param accesses the accesses to all assets up to the day
 */
public record AssetList(List<DivisionAssets> divisions, Map<AssetStatus, Integer> counts, long accesses) {

  /** The list of a snapshot, computed once per snapshot. */
  public static final Derived<AssetList> VIEW =
      Derived.of("assets", s -> of(s.plan(), s.records(), s.asOf()));

  /**
   * The assets of one division.
   *
   * @param division the division; empty for assets of the whole organization
   * @param code the division's code as the records give it, for a division the plan does not list
   * @param kinds the kinds, in their declared order
   */
  public record DivisionAssets(Optional<Division> division, Optional<DivisionCode> code, List<KindAssets> kinds) {

    /** The number of assets of the division. */
    public int size() {
      return kinds.stream().mapToInt(k -> k.assets().size()).sum();
    }
  }

  /** The assets of one kind. */
  public record KindAssets(AssetKind kind, List<AssetRow> assets) {}

  /**
   * An asset as of the day.
   *
   * @param asset the asset
   * @param status its status on the day
   * @param authors the authors the records know, in the asset's order
   * @param channels where it is published by the day, or was accessed, in channel order
   * @param accesses its accesses up to the day, over all channels
   */
  public record AssetRow(
      KnowledgeAsset asset, AssetStatus status, List<StaffMember> authors, List<ChannelRow> channels, long accesses) {}

  /**
   * A channel of an asset.
   *
   * @param channel the channel
   * @param publishedOn from when it is published there; empty if it is not (yet) but was accessed
   * @param accesses its accesses on the channel up to the day
   */
  public record ChannelRow(PublicationChannel channel, Optional<LocalDate> publishedOn, long accesses) {}

  static AssetList of(KmPlan plan, YearRecords records, LocalDate asOf) {
    Map<String, Map<PublicationChannel, Long>> hits = new HashMap<>();
    for (AccessEvent e : records.accessEvents()) {
      if (!e.date().isAfter(asOf)) {
        hits.computeIfAbsent(e.assetId(), k -> new EnumMap<>(PublicationChannel.class))
            .merge(e.channel(), e.hits(), Long::sum);
      }
    }
    Map<Optional<DivisionCode>, Map<AssetKind, List<AssetRow>>> groups = new LinkedHashMap<>();
    plan.divisions().forEach(d -> groups.put(Optional.of(d.code()), new TreeMap<>()));
    Map<AssetStatus, Integer> counts = new EnumMap<>(AssetStatus.class);
    for (AssetStatus s : AssetStatus.values()) {
      counts.put(s, 0);
    }
    long total = 0;
    for (KnowledgeAsset a : records.knowledgeAssets()) {
      Optional<AssetStatus> status = a.statusOn(asOf);
      if (status.isEmpty()) {
        continue;
      }
      AssetRow row = row(a, status.get(), records, hits.getOrDefault(a.id(), Map.of()), asOf);
      total += row.accesses();
      counts.merge(status.get(), 1, Integer::sum);
      groups
          .computeIfAbsent(a.division(), k -> new TreeMap<>())
          .computeIfAbsent(a.assetKind(), k -> new ArrayList<>())
          .add(row);
    }
    List<DivisionAssets> divisions = new ArrayList<>();
    groups.forEach(
        (code, kinds) -> {
          if (code.isEmpty()) {
            return;
          }
          divisions.add(
              new DivisionAssets(code.flatMap(plan::division), code, kindsOf(kinds)));
        });
    Map<AssetKind, List<AssetRow>> organizationWide = groups.get(Optional.<DivisionCode>empty());
    if (organizationWide != null) {
      divisions.add(new DivisionAssets(Optional.empty(), Optional.empty(), kindsOf(organizationWide)));
    }
    return new AssetList(List.copyOf(divisions), Map.copyOf(counts), total);
  }

  private static List<KindAssets> kindsOf(Map<AssetKind, List<AssetRow>> kinds) {
    return kinds.entrySet().stream().map(e -> new KindAssets(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  private static AssetRow row(
      KnowledgeAsset a,
      AssetStatus status,
      YearRecords records,
      Map<PublicationChannel, Long> hits,
      LocalDate asOf) {
    List<ChannelRow> channels = new ArrayList<>();
    long accesses = 0;
    for (PublicationChannel c : PublicationChannel.values()) {
      Optional<LocalDate> published = a.publishedOn(c).filter(d -> !d.isAfter(asOf));
      long n = hits.getOrDefault(c, 0L);
      if (published.isPresent() || n > 0) {
        channels.add(new ChannelRow(c, published, n));
        accesses += n;
      }
    }
    List<StaffMember> authors =
        a.authorIds().stream().flatMap(id -> records.staffMember(id).stream()).toList();
    return new AssetRow(a, status, authors, channels, accesses);
  }
}
