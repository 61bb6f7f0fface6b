package th.km.web.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.entry.DeletedRecord;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.reading.AssetRef;
import th.km.core.reading.KnowledgeLinks;
import th.km.core.reading.StartingText;
import th.km.core.reading.TrainingKnowledge;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/**
 * The record writes of the web, which turn a filed post-training report into a draft knowledge
 * asset (ร่างองค์ความรู้จากรายงานผลการฝึกอบรม) for the secretary to review: after a report is saved
 * (added, or corrected while it has no draft yet), an asset of kind {@link
 * AssetKind#TRAINING_REPORT} is created with the report's text, owned by the trainee's division,
 * with the trainee as its author, and linked to the report. A report has one draft: filing or
 * correcting it again makes none. Every other write passes through unchanged.
 *
 * <p>The draft is made after the report's own transaction: a report is never refused because its
 * draft could not be made, and the draft's failure is left to the secretary (the report shows no
 * draft, and the next correction tries again).
 */
public final class TrainingDrafts implements RecordCommands {

  private final RecordCommands records;
  private final KnowledgeStore knowledge;
  private final KnowledgeLinks links;

  public TrainingDrafts(RecordCommands records, KnowledgeStore knowledge, KnowledgeLinks links) {
    this.records = records;
    this.knowledge = knowledge;
    this.links = links;
  }

  @Override
  public WriteResult add(RecordBook book, YearRecord record, Actor by) {
    WriteResult result = records.add(book, record, by);
    afterSaved(book, record, result, by);
    return result;
  }

  @Override
  public NumberedRecord.Added addNumbered(RecordBook book, NumberedRecord draft, Actor by) {
    NumberedRecord.Added added = records.addNumbered(book, draft, by);
    afterSaved(book, added.record(), added.result(), by);
    return added;
  }

  @Override
  public WriteResult correct(RecordBook book, YearRecord record, int seenVersion, Actor by) {
    WriteResult result = records.correct(book, record, seenVersion, by);
    afterSaved(book, record, result, by);
    return result;
  }

  @Override
  public Optional<Versioned> find(RecordBook book, RecordKind kind, String id) {
    return records.find(book, kind, id);
  }

  @Override
  public WriteResult delete(
      RecordBook book, RecordKind kind, String id, int seenVersion, String reason, Actor by) {
    return records.delete(book, kind, id, seenVersion, reason, by);
  }

  @Override
  public WriteResult withdrawSignOff(
      RecordBook book, String reportId, int ordinal, int seenVersion, String reason, Actor by) {
    return records.withdrawSignOff(book, reportId, ordinal, seenVersion, reason, by);
  }

  @Override
  public WriteResult restore(RecordBook book, RecordKind kind, String id, Actor by) {
    return records.restore(book, kind, id, by);
  }

  @Override
  public List<DeletedRecord> deleted(RecordBook book) {
    return records.deleted(book);
  }

  private void afterSaved(RecordBook book, YearRecord record, WriteResult result, Actor by) {
    if (record instanceof TrainingReport report && result instanceof WriteResult.Saved) {
      draft(book, report, by);
    }
  }

  /**
   * Makes the report's draft unless it has one. One server makes drafts one at a time, so that two
   * filings of one report at the same moment make one draft; the link's key refuses a second.
   */
  private synchronized void draft(RecordBook book, TrainingReport report, Actor by) {
    if (links.draftOf(book.organization(), book.fiscalYear(), report.id()).isPresent()) {
      return;
    }
    Optional<Training> training =
        records.find(book, RecordKind.TRAINING, report.trainingId()).map(v -> (Training) v.record());
    if (training.isEmpty()) {
      return;
    }
    Optional<StaffMember> person =
        records.find(book, RecordKind.STAFF, training.get().personId()).map(v -> (StaffMember) v.record());
    StartingText text = TrainingKnowledge.draft(training.get(), report);
    KnowledgeDraft draft =
        KnowledgeDraft.builder()
            .title(cut(text.title(), KnowledgeContent.MAX_TITLE))
            .body(text.body())
            .kind(AssetKind.TRAINING_REPORT)
            .division(person.flatMap(StaffMember::division))
            .knowledgeType(KnowledgeType.EXPLICIT)
            .changeNote("จากรายงานผลการฝึกอบรม " + report.id())
            .build();
    KnowledgeWrite write = knowledge.create(book.organization(), book.fiscalYear(), draft, by);
    if (write instanceof KnowledgeWrite.Saved saved) {
      String assetId = saved.content().assetId();
      links.linkDraft(book.organization(), book.fiscalYear(), report.id(), new AssetRef(book.fiscalYear(), assetId));
      person.ifPresent(p -> addAuthor(book, assetId, p.id(), by));
    }
  }

  /** Names the trainee as the asset's author on its record of the year. */
  private void addAuthor(RecordBook book, String assetId, String personId, Actor by) {
    Optional<Versioned> stored = records.find(book, RecordKind.KNOWLEDGE_ASSET, assetId);
    if (stored.isEmpty()) {
      return;
    }
    KnowledgeAsset asset = (KnowledgeAsset) stored.get().record();
    if (asset.authorIds().contains(personId)) {
      return;
    }
    List<String> authors = new ArrayList<>(asset.authorIds());
    authors.add(personId);
    records.correct(book, asset.withAuthorIds(authors), stored.get().version(), by);
  }

  private static String cut(String text, int codePoints) {
    return text.codePointCount(0, text.length()) <= codePoints
        ? text
        : text.substring(0, text.offsetByCodePoints(0, codePoints - 1)) + "…";
  }
}
