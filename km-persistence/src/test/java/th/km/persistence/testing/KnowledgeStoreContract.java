package th.km.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditEntry;
import th.km.core.audit.AuditLog;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.AttachmentType;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.persistence.knowledge.StoredAttachment;

/**
 * The contract of {@link KnowledgeStore}, run against each database engine: an asset with its
 * content, versions, the workflow and the record of the year it keeps in line, attachments, and
 * the listeners. A subclass hands out a new, empty database for each test.
 */
public abstract class KnowledgeStoreContract {

  protected static final Instant START = Instant.parse("2026-03-06T02:30:00Z");
  protected static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  protected static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final Actor SECRETARY = Actor.of("secretary", "192.0.2.7");
  private static final Actor CKO = Actor.of("cko");

  protected final MutableClock clock = new MutableClock(START);

  /** The stores of one new, empty database. */
  public record Stores(PlanStore plans, RecordStore records, KnowledgeStore knowledge, AuditLog audit) {}

  protected abstract Stores emptyDatabase();

  private Stores db;
  private KnowledgeStore store;
  private final List<String> heard = new ArrayList<>();

  @BeforeEach
  final void openDatabase() {
    db = emptyDatabase();
    store = db.knowledge();
    db.plans().saveDraft(DemoYear.shippedPlan());
    store.addListener((org, year, id) -> heard.add(org.value() + "/" + year.buddhistYear() + "/" + id));
  }

  static KnowledgeDraft manual(String title) {
    return KnowledgeDraft.builder()
        .title(title)
        .body("# ขั้นตอน\n\n1. รับเรื่อง\n2. ตรวจสอบเอกสาร")
        .kind(AssetKind.WORK_MANUAL)
        .division(DivisionCode.of("finance"))
        .step(KmProcessStep.CODIFY_AND_REFINE)
        .addTags("การเงิน", "ภาษี")
        .flowchartMermaid("flowchart TD\n  A[รับเรื่อง] --> B[ตรวจสอบ]")
        .reviewDue(LocalDate.of(2026, 9, 30))
        .changeNote("ฉบับแรก")
        .build();
  }

  private KnowledgeContent created(KnowledgeDraft draft) {
    KnowledgeWrite w = store.create(BAN_WAEN, YEAR, draft, SECRETARY);
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content();
  }

  private KnowledgeAsset record(String id) {
    return (KnowledgeAsset)
        db.records().records(BAN_WAEN, YEAR).byId(id).orElseThrow();
  }

  @Test
  void anAssetIsCreatedWithItsRecordOfTheYearAndItsFirstVersion() {
    KnowledgeContent first = created(manual("คู่มือการจัดเก็บภาษีป้าย"));
    assertEquals(1, first.version());
    assertEquals(KnowledgeState.DRAFT, first.state());
    assertEquals("secretary", first.changedBy());
    KnowledgeAsset asset = record(first.assetId());
    assertEquals("คู่มือการจัดเก็บภาษีป้าย", asset.title());
    assertTrue(asset.withFlowchart(), "a manual with a Mermaid flowchart is recorded as having one");
    assertEquals(Optional.of(DivisionCode.of("finance")), asset.division());
    assertEquals(LocalDate.of(2026, 3, 6), asset.createdOn());
    assertEquals(first, store.latest(BAN_WAEN, YEAR, first.assetId()).orElseThrow());
    assertEquals(List.of("การเงิน", "ภาษี"), store.latest(BAN_WAEN, YEAR, first.assetId()).orElseThrow().tags());
    assertEquals(List.of("ban-waen/2569/" + first.assetId()), heard);
  }

  @Test
  void twoAssetsGetTwoIds() {
    KnowledgeContent a = created(manual("คู่มือ ก"));
    KnowledgeContent b = created(manual("คู่มือ ข"));
    assertFalse(a.assetId().equals(b.assetId()));
  }

  @Test
  void eachSaveIsANewDraftVersionAndAStaleSaveIsRefused() {
    KnowledgeContent first = created(manual("คู่มือ"));
    clock.advance(java.time.Duration.between(clock.instant(), START.plusSeconds(3600)));
    KnowledgeDraft changed = KnowledgeDraft.copyOf(manual("คู่มือการเงิน ฉบับปรับปรุง")).withChangeNote("เพิ่มขั้นตอน");
    KnowledgeWrite w = store.save(BAN_WAEN, YEAR, first.assetId(), 1, changed, CKO);
    KnowledgeContent second = assertInstanceOf(KnowledgeWrite.Saved.class, w).content();
    assertEquals(2, second.version());
    assertEquals("cko", second.changedBy());
    assertEquals("เพิ่มขั้นตอน", second.changeNote());
    assertEquals("คู่มือการเงิน ฉบับปรับปรุง", record(first.assetId()).title());
    KnowledgeWrite stale = store.save(BAN_WAEN, YEAR, first.assetId(), 1, manual("ทับ"), SECRETARY);
    assertEquals(2, assertInstanceOf(KnowledgeWrite.Stale.class, stale).current().version());
    assertEquals(List.of(1, 2), store.versions(BAN_WAEN, YEAR, first.assetId()).stream().map(KnowledgeContent::version).toList());
    assertEquals("คู่มือ", store.versions(BAN_WAEN, YEAR, first.assetId()).get(0).title(), "old versions stay as they were");
  }

  @Test
  void theWorkflowDatesTheRecordAndReadersSeeOnlyTheLatestApprovedVersion() {
    String id = created(manual("คู่มือ")).assetId();
    assertTrue(store.latestReadable(BAN_WAEN, YEAR, id).isEmpty());
    clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2026-03-10T03:00:00Z")));
    moved(id, 1, Transition.REVIEW);
    assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), record(id).reviewedOn());
    KnowledgeWrite early = store.move(BAN_WAEN, YEAR, id, 1, Transition.PUBLISH, Set.of(PublicationChannel.WEBSITE), CKO);
    assertInstanceOf(KnowledgeWrite.Refused.class, early, "a reviewed version is approved before it is published");
    moved(id, 1, Transition.APPROVE);
    assertEquals(1, store.latestReadable(BAN_WAEN, YEAR, id).orElseThrow().version());
    clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2026-03-12T03:00:00Z")));
    KnowledgeContent published = moved(id, 1, Transition.PUBLISH);
    assertEquals(KnowledgeState.PUBLISHED, published.state());
    KnowledgeAsset asset = record(id);
    assertEquals(AssetStatus.PUBLISHED, asset.status());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), asset.publishedOn(PublicationChannel.WEBSITE));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), asset.publishedOn(PublicationChannel.NOTICE_BOARD));

    KnowledgeWrite w = store.save(BAN_WAEN, YEAR, id, 1, manual("คู่มือ ฉบับร่างใหม่"), SECRETARY);
    assertEquals(KnowledgeState.DRAFT, assertInstanceOf(KnowledgeWrite.Saved.class, w).content().state());
    KnowledgeContent readable = store.latestReadable(BAN_WAEN, YEAR, id).orElseThrow();
    assertEquals(1, readable.version(), "readers still see the published version while the change is a draft");
    assertEquals(KnowledgeState.PUBLISHED, readable.state());
    assertEquals(1, store.list(BAN_WAEN, KnowledgeFilter.all().readable()).get(0).version());
    assertEquals(2, store.list(BAN_WAEN, KnowledgeFilter.all()).get(0).version());
    assertEquals(3, store.history(BAN_WAEN, YEAR, id).size());
    assertEquals(KnowledgeState.APPROVED, store.history(BAN_WAEN, YEAR, id).get(1).to());
  }

  private KnowledgeContent moved(String id, int version, Transition t) {
    KnowledgeWrite w =
        store.move(
            BAN_WAEN, YEAR, id, version, t, Set.of(PublicationChannel.WEBSITE, PublicationChannel.NOTICE_BOARD), CKO);
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content();
  }

  @Test
  void aReviewedVersionCanBeSentBackButAPublishedOneOnlyChangedByANewVersion() {
    String id = created(manual("คู่มือ")).assetId();
    moved(id, 1, Transition.REVIEW);
    assertEquals(KnowledgeState.DRAFT, moved(id, 1, Transition.RETURN_TO_DRAFT).state());
    moved(id, 1, Transition.REVIEW);
    moved(id, 1, Transition.APPROVE);
    moved(id, 1, Transition.PUBLISH);
    assertInstanceOf(
        KnowledgeWrite.Refused.class,
        store.move(BAN_WAEN, YEAR, id, 1, Transition.RETURN_TO_DRAFT, Set.of(), CKO));
  }

  @Test
  void filtersByKindDivisionStepYearAndState() {
    created(manual("คู่มือการเงิน"));
    created(
        KnowledgeDraft.builder()
            .title("เรื่องเล่าการบริการ")
            .body("เล่าเรื่อง")
            .kind(AssetKind.STORY)
            .division(DivisionCode.of("clerk"))
            .build());
    assertEquals(2, store.list(BAN_WAEN, KnowledgeFilter.all()).size());
    KnowledgeFilter stories =
        new KnowledgeFilter(Optional.of(AssetKind.STORY), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    assertEquals(List.of("เรื่องเล่าการบริการ"), store.list(BAN_WAEN, stories).stream().map(KnowledgeContent::title).toList());
    KnowledgeFilter finance =
        new KnowledgeFilter(Optional.empty(), Optional.of(DivisionCode.of("finance")), Optional.of(KmProcessStep.CODIFY_AND_REFINE),
            Optional.of(YEAR), Optional.of(KnowledgeState.DRAFT), false);
    assertEquals(List.of("คู่มือการเงิน"), store.list(BAN_WAEN, finance).stream().map(KnowledgeContent::title).toList());
    assertTrue(store.list(BAN_WAEN, KnowledgeFilter.all().withFiscalYear(FiscalYear.ofBuddhistYear(2570))).isEmpty());
    assertTrue(store.list(BAN_WAEN, KnowledgeFilter.all().readable()).isEmpty());
  }

  @Test
  void attachmentsKeepTheirBytesAndTheirSniffedType() {
    String id = created(manual("คู่มือ")).assetId();
    byte[] pdf = "%PDF-1.4\nคู่มือ".getBytes(StandardCharsets.UTF_8);
    var stored = store.attach(BAN_WAEN, YEAR, id, "manual.docx", pdf, SECRETARY);
    AttachmentInfo info = assertInstanceOf(KnowledgeStore.Attached.Stored.class, stored).info();
    assertEquals(AttachmentType.PDF, info.type(), "the type comes from the bytes, not the name");
    assertEquals(pdf.length, info.size());
    StoredAttachment back = store.attachment(BAN_WAEN, YEAR, id, info.id()).orElseThrow();
    assertArrayEquals(pdf, back.bytes());
    assertEquals(List.of(info), store.attachments(BAN_WAEN, YEAR, id));
    var refused = store.attach(BAN_WAEN, YEAR, id, "evil.pdf", "<script>".getBytes(StandardCharsets.UTF_8), SECRETARY);
    assertTrue(
        assertInstanceOf(KnowledgeStore.Attached.Refused.class, refused).why().reasons().get(0).en().contains("evil.pdf"));
    assertTrue(store.attachment(BAN_WAEN, YEAR, "asset-99", info.id()).isEmpty(), "a file is read only through its asset");
    assertInstanceOf(KnowledgeWrite.Saved.class, store.detach(BAN_WAEN, YEAR, id, info.id(), SECRETARY));
    assertTrue(store.attachments(BAN_WAEN, YEAR, id).isEmpty());
  }

  @Test
  void aFlowchartPictureMustBeAnImageOfTheAssetAndStaysWhileShown() {
    String id = created(manual("คู่มือ")).assetId();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    AttachmentInfo image =
        assertInstanceOf(KnowledgeStore.Attached.Stored.class, store.attach(BAN_WAEN, YEAR, id, "flow.png", png, SECRETARY)).info();
    KnowledgeDraft withImage = KnowledgeDraft.copyOf(manual("คู่มือ")).withFlowchartMermaid(Optional.empty()).withFlowchartImage(image.id());
    assertInstanceOf(KnowledgeWrite.Saved.class, store.save(BAN_WAEN, YEAR, id, 1, withImage, SECRETARY));
    assertInstanceOf(KnowledgeWrite.Refused.class, store.detach(BAN_WAEN, YEAR, id, image.id(), SECRETARY));
    KnowledgeDraft wrong = withImage.withFlowchartImage(image.id() + 1000);
    assertInstanceOf(KnowledgeWrite.Refused.class, store.save(BAN_WAEN, YEAR, id, 2, wrong, SECRETARY));
  }

  @Test
  void everyWriteIsAuditedWithWhoAndFromWhere() {
    String id = created(manual("คู่มือ")).assetId();
    moved(id, 1, Transition.REVIEW);
    List<AuditEntry> entries = db.audit().entries(BAN_WAEN, "knowledge_asset", "2569/" + id);
    List<String> actions = entries.stream().map(AuditEntry::action).toList();
    assertTrue(actions.contains("knowledge.create"), actions.toString());
    assertTrue(actions.contains("knowledge.review"), actions.toString());
    assertTrue(actions.contains("knowledge_asset.add"), "the record's own write is audited too: " + actions);
    AuditEntry create = entries.stream().filter(e -> e.action().equals("knowledge.create")).findFirst().orElseThrow();
    assertEquals(Optional.of("192.0.2.7"), create.actor().address());
  }

  @Test
  void aWriteToAnAssetThatIsNotThereIsRefusedAndTellsNoListener() {
    heard.clear();
    assertInstanceOf(KnowledgeWrite.Refused.class, store.save(BAN_WAEN, YEAR, "asset-404", 1, manual("x"), SECRETARY));
    assertInstanceOf(
        KnowledgeWrite.Refused.class, store.create(OrganizationCode.of("nowhere"), YEAR, manual("x"), SECRETARY));
    assertTrue(heard.isEmpty());
    assertTrue(db.records().records(BAN_WAEN, YEAR).ofKind(RecordKind.KNOWLEDGE_ASSET).isEmpty());
  }

  static RecordBook book() {
    return RecordBook.of(BAN_WAEN, YEAR);
  }
}
