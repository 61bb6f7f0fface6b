package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.DatabaseBackup.RestoreResult;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.persistence.knowledge.StateChange;
import th.km.persistence.testing.MutableClock;

/**
 * A backup holds the knowledge base whole: every version with its tags, the workflow's moves, and
 * each attachment's bytes, which restore bit for bit.
 */
class KnowledgeBackupTest {

  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  @TempDir Path folder;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-06T02:30:00Z"));

  @Test
  void versionsMovesAndAttachmentBytesComeBackAsTheyWere() {
    Path backup = folder.resolve("km.sql.gz");
    byte[] pdf = new byte[300_000];
    new Random(13).nextBytes(pdf);
    System.arraycopy("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 8);
    String id;
    List<KnowledgeContent> versions;
    List<StateChange> moves;
    AttachmentInfo file;
    try (Database original = Database.open(DatabaseLocation.embedded(folder.resolve("a")))) {
      original.planStore(clock).saveDraft(DemoYear.shippedPlan());
      KnowledgeStore store = original.knowledgeStore(clock);
      Actor by = Actor.of("secretary");
      KnowledgeDraft draft =
          KnowledgeDraft.builder()
              .title("คู่มือการจัดเก็บภาษี")
              .body("# ขั้นตอน")
              .kind(AssetKind.WORK_MANUAL)
              .division(DivisionCode.of("finance"))
              .addTags("ภาษี")
              .flowchartMermaid("flowchart TD\n A --> B")
              .build();
      id = ((KnowledgeWrite.Saved) store.create(BAN_WAEN, YEAR, draft, by)).content().assetId();
      store.move(BAN_WAEN, YEAR, id, 1, Transition.REVIEW, Set.of(), by);
      store.save(BAN_WAEN, YEAR, id, 1, draft.withTitle("คู่มือการจัดเก็บภาษี ฉบับที่ 2"), by);
      file = ((KnowledgeStore.Attached.Stored) store.attach(BAN_WAEN, YEAR, id, "คู่มือ.pdf", pdf, by)).info();
      store.move(BAN_WAEN, YEAR, id, 2, Transition.REVIEW, Set.of(PublicationChannel.WEBSITE), by);
      versions = store.versions(BAN_WAEN, YEAR, id);
      moves = store.history(BAN_WAEN, YEAR, id);
      DatabaseBackup.backup(original, backup);
    }
    DatabaseLocation empty = DatabaseLocation.embedded(folder.resolve("b"));
    assertInstanceOf(RestoreResult.Restored.class, DatabaseBackup.restore(empty, backup));
    try (Database copy = Database.open(empty)) {
      KnowledgeStore store = copy.knowledgeStore(clock);
      assertEquals(versions, store.versions(BAN_WAEN, YEAR, id));
      assertEquals(moves, store.history(BAN_WAEN, YEAR, id));
      assertEquals(List.of(file), store.attachments(BAN_WAEN, YEAR, id));
      assertArrayEquals(pdf, store.attachment(BAN_WAEN, YEAR, id, file.id()).orElseThrow().bytes());
      // The identity counters came along: the next attachment takes a new number.
      AttachmentInfo next =
          ((KnowledgeStore.Attached.Stored) store.attach(BAN_WAEN, YEAR, id, "อีก.pdf", pdf, Actor.of("secretary"))).info();
      assertEquals(file.id() + 1, next.id());
    }
  }
}
