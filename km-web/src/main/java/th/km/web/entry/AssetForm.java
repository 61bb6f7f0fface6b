package th.km.web.entry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/** A knowledge asset, new or brought further (reviewed, published). */
final class AssetForm implements CorrectableForm {
  @Override public String slug() { return "knowledge-asset"; }
  @Override public String collection() { return "knowledge-assets"; }
  @Override public String schema() { return "KnowledgeAssetInput"; }
  @Override public String titleKey() { return "entry.asset.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "assets"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.hidden("id"),
        Field.hidden("version"),
        Field.text("title", true, "entry.field.assetTitle"),
        Field.select("assetKind", true, "entry.field.assetKind",
            Forms.options(c, AssetKind.values(), AssetKind::thaiName, AssetKind::englishName)),
        Field.checkbox("withFlowchart", "entry.field.withFlowchart"),
        Field.select("division", false, "entry.field.division", c.divisionOptions(true)),
        Field.checkboxes("authorIds", "entry.field.authors", c.allStaffOptions()),
        Field.date("createdOn", true, "entry.field.createdOn"),
        Field.select("status", true, "entry.field.status",
            Forms.options(c, AssetStatus.values(), AssetStatus::thaiName, AssetStatus::englishName)),
        Field.date("reviewedOn", false, "entry.field.reviewedOn").hint("entry.hint.reviewedOn"),
        Field.checkboxes("channels", "entry.field.channels",
            Forms.options(c, PublicationChannel.values(), PublicationChannel::thaiName, PublicationChannel::englishName)),
        Field.date("publishedOn", false, "entry.field.publishedOn").hint("entry.hint.publishedOn"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("status", AssetStatus.DRAFT.name());
    values.put("createdOn", DateInput.write(c.today()));
    c.account().division().ifPresent(d -> values.put("division", d.value()));
    return values;
  }

  @Override public RecordKind correctedKind() { return RecordKind.KNOWLEDGE_ASSET; }
  @Override public String queryParameter() { return "asset"; }
  @Override public boolean readsItsOwnId() { return true; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    KnowledgeAsset a = (KnowledgeAsset) record;
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("id", List.of(a.id()));
    v.put("version", List.of(Integer.toString(version)));
    v.put("title", List.of(a.title()));
    v.put("assetKind", List.of(a.assetKind().name()));
    v.put("withFlowchart", List.of(Boolean.toString(a.withFlowchart())));
    v.put("division", List.of(a.division().map(DivisionCode::value).orElse("")));
    v.put("authorIds", a.authorIds());
    v.put("createdOn", List.of(DateInput.write(a.createdOn())));
    v.put("status", List.of(a.status().name()));
    v.put("reviewedOn", List.of(a.reviewedOn().map(DateInput::write).orElse("")));
    v.put("channels", a.publications().stream().map(p -> p.channel().name()).distinct().toList());
    v.put("publishedOn", List.of(a.publications().stream().map(Publication::publishedOn).min(LocalDate::compareTo).map(DateInput::write).orElse("")));
    return v;
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    String id = in.raw("id");
    Optional<Versioned> current = Optional.empty();
    if (!id.isEmpty()) {
      current =
          stored.find(c.book(), RecordKind.KNOWLEDGE_ASSET, id);
      if (current.isEmpty()) {
        in.error("id", "entry.error.noSuchAsset", id);
      }
    }
    OptionalInt version = in.raw("version").isEmpty() ? OptionalInt.empty() : in.number("version", false, 0, Integer.MAX_VALUE);
    Optional<String> title = in.text("title", true);
    Optional<AssetKind> kind = in.choice("assetKind", AssetKind.class, true);
    boolean flowchart = in.flag("withFlowchart");
    Optional<DivisionCode> division = Forms.division(c, in, "division");
    List<String> authors = Forms.people(c, in, "authorIds");
    Optional<LocalDate> created = Forms.dayOfYear(c, in, "createdOn", true, false);
    Optional<AssetStatus> status = in.choice("status", AssetStatus.class, true);
    boolean reviewedNeeded = status.filter(s -> s == AssetStatus.REVIEWED).isPresent();
    boolean published = status.filter(s -> s == AssetStatus.PUBLISHED).isPresent();
    Optional<LocalDate> reviewed = Forms.dayOfYear(c, in, "reviewedOn", reviewedNeeded, false);
    Optional<LocalDate> publishedOn = Forms.dayOfYear(c, in, "publishedOn", published, false);
    Set<PublicationChannel> channels = EnumSet.noneOf(PublicationChannel.class);
    for (String ch : in.all("channels")) {
      try {
        channels.add(PublicationChannel.valueOf(ch));
      } catch (IllegalArgumentException e) {
        in.error("channels", "entry.error.choice", ch);
      }
    }
    if (published && channels.isEmpty()) {
      in.error("channels", "entry.error.channelNeeded");
    }
    if (flowchart && kind.isPresent() && kind.get() != AssetKind.WORK_MANUAL) {
      in.error("withFlowchart", "entry.error.flowchartOnlyManual");
    }
    if (created.isPresent() && reviewed.isPresent() && reviewed.get().isBefore(created.get())) {
      in.error("reviewedOn", "entry.error.beforeCreated", reviewed.get(), created.get());
    }
    if (created.isPresent() && publishedOn.isPresent() && publishedOn.get().isBefore(created.get())) {
      in.error("publishedOn", "entry.error.beforeCreated", publishedOn.get(), created.get());
    }
    if (!in.ok()) {
      return Optional.empty();
    }
    KnowledgeAsset.Builder asset =
        KnowledgeAsset.builder()
            .id(current.map(v -> v.record().id()).orElse("asset-0"))
            .title(title.orElseThrow())
            .assetKind(kind.orElseThrow())
            .withFlowchart(flowchart)
            .division(division)
            .authorIds(authors)
            .createdOn(created.orElseThrow());
    if (status.get() != AssetStatus.DRAFT) {
      asset.reviewedOn(reviewed);
    }
    if (published) {
      for (PublicationChannel ch : channels) {
        asset.addPublications(new Publication(ch, publishedOn.orElseThrow()));
      }
    }
    return Optional.of(
        current.isPresent()
            ? new Write.Correction(asset.build(), version.orElse(current.get().version()))
            : Write.New.numbered("asset", RecordKind.KNOWLEDGE_ASSET, c.records(), newId -> asset.id(newId).build()));
  }
}
