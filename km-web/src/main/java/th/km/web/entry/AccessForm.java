package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.records.AccessEvent;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * Accesses to a knowledge asset on one channel on one day (การเข้าถึงองค์ความรู้), as counted by
 * hand or read off a website's counter: the records the access indicators count. The secretary
 * writes them for every asset, a division head for the own division's assets.
 */
final class AccessForm implements CorrectableForm {

  /** The most accesses one record counts: a day's counter of one channel never reaches it. */
  static final int MAX_HITS = 1_000_000;

  @Override public String slug() { return "knowledge-access"; }
  @Override public String collection() { return "knowledge-accesses"; }
  @Override public String schema() { return "KnowledgeAccessInput"; }
  @Override public String titleKey() { return "entry.access.title"; }
  @Override public Access access() { return Access.EDITOR; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "assets"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.select("assetId", true, "entry.field.accessedAsset", assetOptions(c)),
        Field.select("channel", true, "entry.field.accessChannel",
            Forms.options(c, PublicationChannel.values(), PublicationChannel::thaiName, PublicationChannel::englishName)),
        Field.date("date", true, "entry.field.accessDate"),
        Field.number("hits", true, "entry.field.hits").hint("entry.hint.hits"));
  }

  /** The assets the account may record accesses of: the secretary every one, a head the own division's. */
  private static List<Field.Option> assetOptions(EntryContext c) {
    return c.records().knowledgeAssets().stream()
        .filter(a -> WriteRights.refusal(c.account(), WriteRights.Purpose.RECORD, a, c.records(), c.plan()).isEmpty())
        .map(a -> new Field.Option(a.id(), a.id() + " · " + a.title()))
        .toList();
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    return Map.of("assetId", Forms.query(query, "assetId"), "date", DateInput.write(c.today()));
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<String> assetId = in.text("assetId", true);
    Optional<KnowledgeAsset> asset = assetId.flatMap(c.records()::knowledgeAsset);
    if (assetId.isPresent() && asset.isEmpty()) {
      in.error("assetId", "entry.error.noSuchAsset", assetId.get());
    }
    Optional<PublicationChannel> channel = in.choice("channel", PublicationChannel.class, true);
    Optional<LocalDate> date = Forms.dayOfYear(c, in, "date", true, false);
    OptionalInt hits = in.number("hits", true, 1, MAX_HITS);
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("acc", RecordKind.ACCESS_EVENT, c.records(), id ->
            new AccessEvent(
                id, asset.orElseThrow().id(), channel.orElseThrow(), date.orElseThrow(), hits.getAsInt())));
  }

  @Override public RecordKind correctedKind() { return RecordKind.ACCESS_EVENT; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    AccessEvent e = (AccessEvent) record;
    return CorrectableForm.values(e.id(), version,
        "assetId", e.assetId(), "channel", e.channel().name(),
        "date", DateInput.write(e.date()), "hits", Long.toString(e.hits()));
  }
}
