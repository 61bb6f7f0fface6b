package th.km.persistence.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import th.km.core.audit.Actor;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;

/**
 * Keeps the asset's record of the year ({@link KnowledgeAsset}) in line with its content, through
 * the data-entry write path that every record takes (its id chosen under the organization's lock,
 * its checks against the plan, its audit entry): a new asset adds the record; a new version carries
 * its title, kind, division and flowchart over; a review dates it; a publication adds the channels
 * on the day. The indicators that count assets read the record, so they see the knowledge base.
 */
final class AssetRecords {

  /** The start of a knowledge asset's record id, as the data-entry form numbers them. */
  static final String PREFIX = "asset";

  private AssetRecords() {}

  /** Adds the record of a new asset with the draft's facts, made on the day. */
  static NumberedRecord.Added add(
      RecordCommands commands, RecordBook book, KnowledgeDraft draft, LocalDate today, Actor by) {
    NumberedRecord numbered =
        new NumberedRecord(
            PREFIX,
            RecordKind.KNOWLEDGE_ASSET,
            id ->
                KnowledgeAsset.builder()
                    .id(id)
                    .title(draft.title())
                    .assetKind(draft.kind())
                    .withFlowchart(
                        draft.kind() == AssetKind.WORK_MANUAL
                            && (draft.flowchartMermaid().isPresent() || draft.flowchartImage().isPresent()))
                    .division(draft.division())
                    .createdOn(today)
                    .build());
    return commands.addNumbered(book, numbered, by);
  }

  /** Carries the version's title, kind, division and flowchart over to the record. */
  static WriteResult follow(RecordCommands commands, RecordBook book, KnowledgeContent c, Actor by) {
    return change(
        commands,
        book,
        c.assetId(),
        a ->
            a.withTitle(c.title())
                .withAssetKind(c.kind())
                .withDivision(c.division())
                .withWithFlowchart(c.kind() == AssetKind.WORK_MANUAL && c.hasFlowchart()),
        by);
  }

  /** Dates the record's review on the day, unless it was reviewed before. */
  static WriteResult reviewed(RecordCommands commands, RecordBook book, String assetId, LocalDate day, Actor by) {
    return change(
        commands,
        book,
        assetId,
        a -> a.reviewedOn().isPresent() ? a : a.withReviewedOn(Optional.of(latest(day, a.createdOn()))),
        by);
  }

  /** Adds the channels the record is not yet published on, from the day. */
  static WriteResult published(
      RecordCommands commands,
      RecordBook book,
      String assetId,
      Set<PublicationChannel> channels,
      LocalDate day,
      Actor by) {
    return change(
        commands,
        book,
        assetId,
        a -> {
          List<Publication> publications = new ArrayList<>(a.publications());
          LocalDate on = latest(day, a.createdOn());
          for (PublicationChannel channel : channels) {
            if (a.publishedOn(channel).isEmpty()) {
              publications.add(new Publication(channel, on));
            }
          }
          return a.withPublications(publications);
        },
        by);
  }

  private static WriteResult change(
      RecordCommands commands,
      RecordBook book,
      String assetId,
      UnaryOperator<KnowledgeAsset> change,
      Actor by) {
    Optional<Versioned> stored = commands.find(book, RecordKind.KNOWLEDGE_ASSET, assetId);
    if (stored.isEmpty()) {
      return WriteResult.Rejected.because(
          "ไม่พบองค์ความรู้ " + assetId + " ในบันทึกของ " + book.thai(),
          "no knowledge asset " + assetId + " in the records of " + book.english());
    }
    KnowledgeAsset before = (KnowledgeAsset) stored.get().record();
    KnowledgeAsset after = change.apply(before);
    if (after.equals(before)) {
      return new WriteResult.Saved(stored.get().version(), List.of());
    }
    return commands.correct(book, after, stored.get().version(), by);
  }

  /** The day, or the record's creation day when the clock is earlier (a record cannot go before it). */
  private static LocalDate latest(LocalDate day, LocalDate createdOn) {
    return day.isBefore(createdOn) ? createdOn : day;
  }
}
