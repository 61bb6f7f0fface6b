package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.core.audit.AuditEntry;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.entry.WriteResult;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;

/**
 * The contract of {@link RecordCommands}, run against each database engine: what the data-entry
 * forms rely on. A subclass hands out a new, empty database for each test. This part is about
 * versions: records added, corrected from the version seen, conflicts between editors and records
 * imported; {@link RecordEntryRulesContract} holds what the forms may record.
 */
public abstract class RecordCommandsContract extends RecordEntryRulesContract {

  @Test
  public void anAddedRecordIsStoredAtVersionZeroAndLoggedWithItsAuthor() {
    StaffMember nok = staff("st-1", "clerk");

    WriteResult.Saved saved = saved(commands.add(BOOK, nok, SOMCHAI));

    assertEquals(0, saved.version());
    assertEquals(List.of(), saved.warnings());
    assertEquals(Optional.of(new Versioned(nok, 0)), commands.find(BOOK, RecordKind.STAFF, "st-1"));
    assertEquals(List.of(nok), stored().staff());
    List<AuditEntry> log = db.audit().entries(BAN_WAEN, "staff", "2569/st-1");
    assertEquals(1, log.size());
    assertEquals("staff.add", log.get(0).action());
    assertEquals(SOMCHAI, log.get(0).actor());
    assertEquals(START, log.get(0).at());
    assertEquals(Optional.empty(), log.get(0).before());
    assertTrue(log.get(0).after().orElseThrow().contains("\"id\":\"st-1\""), log.get(0).toString());
  }

  @Test
  public void recordsAddedAtOnceUnderChosenIdsAreAllStoredEachUnderAnIdOfItsOwn() throws Exception {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    commands.add(BOOK, training("training-2", "st-1"), SOMCHAI);
    int writers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CyclicBarrier together = new CyclicBarrier(writers);
    List<Future<NumberedRecord.Added>> sent = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      sent.add(
          pool.submit(
              () -> {
                together.await(60, TimeUnit.SECONDS);
                return commands.addNumbered(
                    BOOK,
                    new NumberedRecord("training", RecordKind.TRAINING, id -> training(id, "st-1")),
                    MALAI);
              }));
    }
    Set<String> ids = new HashSet<>();
    for (Future<NumberedRecord.Added> f : sent) {
      NumberedRecord.Added added = f.get(2, TimeUnit.MINUTES);
      saved(added.result());
      ids.add(added.record().id());
    }
    pool.shutdown();
    assertEquals(writers, ids.size(), "ids of their own: " + ids);
    assertTrue(!ids.contains("training-2"), "an id in use is never chosen: " + ids);
    assertEquals(writers + 1, stored().trainings().size());
  }

  @Test
  public void aCorrectionFromTheCurrentVersionIsStoredAsTheNextOneAndLogsBeforeAndAfter() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    StaffMember moved =
        StaffMember.builder()
            .from(staff("st-1", "finance"))
            .position("นักวิชาการเงินและบัญชี")
            .build();
    clock.advance(java.time.Duration.ofMinutes(3));

    WriteResult.Saved saved = saved(commands.correct(BOOK, moved, 0, MALAI));

    assertEquals(1, saved.version());
    assertEquals(
        Optional.of(new Versioned(moved, 1)), commands.find(BOOK, RecordKind.STAFF, "st-1"));
    AuditEntry entry = db.audit().entries(BAN_WAEN, "staff", "2569/st-1").get(1);
    assertEquals("staff.correct", entry.action());
    assertEquals(MALAI, entry.actor());
    assertTrue(entry.before().orElseThrow().contains("\"clerk\""), entry.toString());
    assertTrue(entry.after().orElseThrow().contains("\"finance\""), entry.toString());
  }

  @Test
  public void theSecondOfTwoEditorsGetsAConflictWithTheFirstEditorsRecordAndOverwritesNothing() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    int seenByBoth = commands.find(BOOK, RecordKind.STAFF, "st-1").orElseThrow().version();
    StaffMember first = staff("st-1", "finance");
    StaffMember second = staff("st-1", "education");

    saved(commands.correct(BOOK, first, seenByBoth, SOMCHAI));
    WriteResult late = commands.correct(BOOK, second, seenByBoth, MALAI);

    WriteResult.Conflict conflict = assertInstanceOf(WriteResult.Conflict.class, late);
    assertEquals(new Versioned(first, 1), conflict.current());
    assertEquals(List.of(first), stored().staff());
    assertEquals(2, db.audit().entries(BAN_WAEN, "staff", "2569/st-1").size());
    // Redone on the current version, the second correction goes through.
    assertEquals(2, saved(commands.correct(BOOK, second, 1, MALAI)).version());
  }

  @Test
  public void aCorrectionKeepsTheRecordsPlaceAndReplacesItsLists() {
    commands.add(BOOK, staff("st-1", "clerk"), SOMCHAI);
    commands.add(BOOK, staff("st-2", "clerk"), SOMCHAI);
    KnowledgeAsset draft =
        KnowledgeAsset.builder()
            .id("ka-1")
            .title("คู่มือการปฏิบัติงานการจัดเก็บภาษี")
            .assetKind(AssetKind.WORK_MANUAL)
            .division(DivisionCode.of("finance"))
            .addAuthorIds("st-1")
            .createdOn(LocalDate.of(2026, 2, 1))
            .build();
    KnowledgeAsset other =
        KnowledgeAsset.builder().from(draft).id("ka-2").title("คู่มืออื่น").build();
    commands.add(BOOK, draft, SOMCHAI);
    commands.add(BOOK, other, SOMCHAI);
    KnowledgeAsset published =
        KnowledgeAsset.builder()
            .from(draft)
            .authorIds(List.of("st-2", "st-1"))
            .withFlowchart(true)
            .reviewedOn(LocalDate.of(2026, 2, 10))
            .addPublications(new Publication(PublicationChannel.WEBSITE, LocalDate.of(2026, 2, 12)))
            .build();

    saved(commands.correct(BOOK, published, 0, MALAI));

    assertEquals(List.of(published, other), stored().knowledgeAssets());
  }

  @Test
  public void importedRecordsStartAtVersionZeroAndCanBeCorrected() {
    YearRecords year =
        YearRecords.builder()
            .organization(BAN_WAEN)
            .fiscalYear(BOOK.fiscalYear())
            .addStaff(staff("st-1", "clerk"))
            .build();
    db.records().importRecords(year);

    assertEquals(0, commands.find(BOOK, RecordKind.STAFF, "st-1").orElseThrow().version());
    assertEquals(1, saved(commands.correct(BOOK, staff("st-1", "health"), 0, MALAI)).version());
  }
}
