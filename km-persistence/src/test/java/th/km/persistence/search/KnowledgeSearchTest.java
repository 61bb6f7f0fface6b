package th.km.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.demo.DemoYear;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/** The search follows the knowledge store: every write, every audience, and a rebuild at start. */
class KnowledgeSearchTest {
  private static final OrganizationCode ORG = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);
  private static final Actor BY = Actor.of("secretary");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T02:30:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  private static List<String> found(KnowledgeSearch search, String words, Audience audience) {
    return search.search(SearchQuery.of(ORG.value(), words, audience)).hits().stream().map(SearchHit::assetId).toList();
  }

  private static KnowledgeDraft draft(String title, String body) {
    return KnowledgeDraft.builder()
        .title(title)
        .body(body)
        .kind(AssetKind.WORK_MANUAL)
        .division(DivisionCode.of("finance"))
        .step(KmProcessStep.ACCESS)
        .addTags("การเงิน")
        .build();
  }

  @Test
  void everyWriteIsSearchableAtOnceAndEachAudienceFindsItsVersion() throws Exception {
    try (Database db = Database.open(DatabaseLocation.embedded(folder.resolve("data")))) {
      db.planStore(CLOCK).saveDraft(DemoYear.shippedPlan());
      KnowledgeStore store = db.knowledgeStore(CLOCK);
      try (KnowledgeSearch search = KnowledgeSearch.of(store, SearchIndex.inMemory(), () -> db.planStore(CLOCK).organizations())) {
        String id = saved(store.create(ORG, YEAR, draft("คู่มือการจัดเก็บภาษีป้าย", "ขั้นตอนการรับชำระภาษีป้ายประจำปี"), BY));
        assertEquals(List.of(id), found(search, "ภาษีป้าย", Audience.EDITOR));
        assertEquals(List.of(), found(search, "ภาษีป้าย", Audience.READER), "a draft is for editors only");

        KnowledgeStore.Attached attached =
            store.attach(ORG, YEAR, id, "แบบฟอร์ม.docx", AttachmentFiles.docx("แบบคำร้องขอคืนเงินค่าธรรมเนียม"), BY);
        assertInstanceOf(KnowledgeStore.Attached.Stored.class, attached, attached.toString());
        assertEquals(List.of(id), found(search, "ค่าธรรมเนียม", Audience.EDITOR), "words inside the attachment");

        for (Transition t : List.of(Transition.REVIEW, Transition.APPROVE)) {
          saved(store.move(ORG, YEAR, id, 1, t, Set.of(), BY));
        }
        assertEquals(List.of(id), found(search, "ภาษีป้าย", Audience.READER));
        assertEquals(List.of(), found(search, "ภาษีป้าย", Audience.PUBLIC), "approved is not yet published");
        saved(store.move(ORG, YEAR, id, 1, Transition.PUBLISH, Set.of(PublicationChannel.WEBSITE), BY));
        assertEquals(List.of(id), found(search, "ภาษีป้าย", Audience.PUBLIC));

        saved(store.save(ORG, YEAR, id, 1, draft("คู่มือการจัดเก็บภาษีป้าย", "ฉบับปรับปรุงเพิ่มการชำระผ่านพร้อมเพย์"), BY));
        assertEquals(List.of(id), found(search, "พร้อมเพย์", Audience.EDITOR));
        assertEquals(List.of(), found(search, "พร้อมเพย์", Audience.READER), "readers keep the published version");
        assertEquals(List.of(id), found(search, "ประจำปี", Audience.PUBLIC));
        SearchHit hit = search.search(SearchQuery.of(ORG.value(), "ภาษี", Audience.READER)).hits().get(0);
        assertEquals(Optional.of("finance"), hit.division());
        assertEquals(Optional.of("ACCESS"), hit.step());
        assertEquals(2569, hit.fiscalYear());
        assertEquals("/organizations/ban-waen/knowledge/" + id + "?year=2569", KnowledgeSearch.link("ban-waen", hit));
      }
      // A new index (missing, or of another format) is filled from the database when it opens.
      try (KnowledgeSearch rebuilt = KnowledgeSearch.of(store, SearchIndex.inMemory(), () -> db.planStore(CLOCK).organizations())) {
        assertEquals(1, found(rebuilt, "ค่าธรรมเนียม", Audience.PUBLIC).size());
        assertEquals(1, found(rebuilt, "พร้อมเพย์", Audience.EDITOR).size());
        assertTrue(rebuilt.hasOrganization("ban-waen"));
      }
    }
  }

  @Test
  void stepsAreTypedByNumberOrName() {
    assertEquals(Optional.of("ACCESS"), KnowledgeSearch.stepCode("5"));
    assertEquals(Optional.of("ACCESS"), KnowledgeSearch.stepCode("๕"));
    assertEquals(Optional.of("SHARE"), KnowledgeSearch.stepCode("share"));
    assertEquals(Optional.empty(), KnowledgeSearch.stepCode("9"));
  }

  private static String saved(KnowledgeWrite w) {
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content().assetId();
  }
}
