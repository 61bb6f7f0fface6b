package th.km.persistence.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import th.km.core.LocalizedText;
import th.km.core.plan.Division;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.AccessEvent;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.PublicationChannel;
import th.km.core.records.StaffMember;

/**
 * The assets table, as the assets page groups it: the knowledge assets made by the day, by the
 * division that owns them (in the plan's order, organization-wide ones last) and by kind, each with
 * its status on the day, where it is published and how often it was accessed up to the day.
 */
final class AssetsTable {

  static final List<Column> COLUMNS =
      List.of(
          new Column("ส่วนราชการ", "Division", 28),
          new Column("ประเภท", "Kind", 20),
          new Column("รหัสบันทึก", "Record id", 16),
          new Column("ชื่อองค์ความรู้", "Title", 40),
          new Column("ผู้จัดทำ", "Authors", 28),
          new Column("สถานะ", "Status", 14),
          new Column("ช่องทางเผยแพร่", "Channels", 44),
          new Column("จำนวนการเข้าถึง", "Accesses", 12));

  private AssetsTable() {}

  static Table of(YearInput year) {
    KmPlan plan = year.plan();
    LocalDate asOf = year.asOf();
    Map<String, Map<PublicationChannel, Long>> hits = new HashMap<>();
    for (AccessEvent e : year.records().accessEvents()) {
      if (!e.date().isAfter(asOf)) {
        hits.computeIfAbsent(e.assetId(), k -> new EnumMap<>(PublicationChannel.class))
            .merge(e.channel(), e.hits(), Long::sum);
      }
    }
    Map<Optional<DivisionCode>, Map<AssetKind, List<KnowledgeAsset>>> groups = new LinkedHashMap<>();
    plan.divisions().forEach(d -> groups.put(Optional.of(d.code()), new TreeMap<>()));
    for (KnowledgeAsset a : year.records().knowledgeAssets()) {
      if (a.statusOn(asOf).isPresent()) {
        groups
            .computeIfAbsent(a.division(), k -> new TreeMap<>())
            .computeIfAbsent(a.assetKind(), k -> new ArrayList<>())
            .add(a);
      }
    }
    Map<AssetKind, List<KnowledgeAsset>> organizationWide = groups.remove(Optional.<DivisionCode>empty());
    if (organizationWide != null) {
      groups.put(Optional.empty(), organizationWide);
    }
    List<List<Cell>> rows = new ArrayList<>();
    groups.forEach(
        (code, kinds) ->
            kinds.forEach(
                (kind, assets) -> {
                  for (KnowledgeAsset a : assets) {
                    rows.add(row(division(plan, code), a, year, hits.getOrDefault(a.id(), Map.of())));
                  }
                }));
    return new Table(TableName.ASSETS, COLUMNS, rows);
  }

  private static Cell division(KmPlan plan, Optional<DivisionCode> code) {
    if (code.isEmpty()) {
      return Cell.text("ทั้งองค์กร", "Whole organization");
    }
    return Cell.text(plan.division(code.get()).map(Division::name).orElse(code.get().value()));
  }

  private static List<Cell> row(
      Cell division, KnowledgeAsset a, YearInput year, Map<PublicationChannel, Long> hits) {
    LocalDate asOf = year.asOf();
    AssetStatus status = a.statusOn(asOf).orElseThrow();
    List<LocalizedText> channels = new ArrayList<>();
    long accesses = 0;
    for (PublicationChannel c : PublicationChannel.values()) {
      Optional<LocalDate> published = a.publishedOn(c).filter(d -> !d.isAfter(asOf));
      long n = hits.getOrDefault(c, 0L);
      if (published.isPresent() || n > 0) {
        accesses += n;
        String sinceTh = published.map(d -> " ตั้งแต่ " + TableDates.words(d).th()).orElse("");
        String sinceEn = published.map(d -> " since " + TableDates.words(d).en()).orElse("");
        channels.add(
            LocalizedText.of(
                c.thaiName() + sinceTh + " · เข้าถึง " + n + " ครั้ง",
                c.englishName() + sinceEn + " · " + n + " accesses"));
      }
    }
    String authors =
        a.authorIds().stream()
            .flatMap(id -> year.records().staffMember(id).stream())
            .map(StaffMember::name)
            .collect(Collectors.joining(", "));
    return List.of(
        division,
        Cell.text(a.assetKind().thaiName(), a.assetKind().englishName()),
        Cell.text(a.id()),
        Cell.text(a.title()),
        Cell.text(authors),
        Cell.text(status.thaiName(), status.englishName()),
        Cell.text(
            channels.stream().map(LocalizedText::th).collect(Collectors.joining("\n")),
            channels.stream().map(LocalizedText::en).collect(Collectors.joining("\n"))),
        Cell.number(accesses));
  }
}
