package th.km.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.web.ApiSchemas;
import th.km.web.Browser;
import th.km.web.TestPlans;
import th.km.web.TestServer;

/**
 * The search's API and pages on a database: who finds what, snippets, filters, and the errors
 * of a bad query in Thai and English. The assets are stored before the server starts, so the
 * server fills its new index from the database.
 */
class KnowledgeSearchWebTest {
  @TempDir static Path folder;
  private static Database database;
  private static TestServer server;
  private static String published;
  private static String draft;

  @BeforeAll
  static void start() {
    database = Database.open(DatabaseLocation.embedded(folder));
    Clock clock = Clock.fixed(TestServer.AS_OF, th.km.web.WebConfig.THAILAND);
    database.planStore(clock).saveDraft(TestPlans.banWaen());
    database.planStore(clock).saveDraft(TestPlans.other());
    KnowledgeStore store = database.knowledgeStore(clock);
    Actor by = Actor.of("secretary");
    FiscalYear year = FiscalYear.ofBuddhistYear(2569);
    published = saved(store.create(TestPlans.ORG, year, manual("คู่มือการจัดเก็บภาษีป้าย", "ขั้นตอนการรับชำระภาษีป้ายประจำปี พ.ศ. ๒๕๖๙ <script>x</script>"), by));
    for (Transition t : new Transition[] {Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH}) {
      saved(store.move(TestPlans.ORG, year, published, 1, t, Set.of(PublicationChannel.WEBSITE), by));
    }
    draft = saved(store.create(TestPlans.ORG, year, manual("ร่างเรื่องเล่าภาษีที่ดิน", "การประเมินภาษีที่ดินและสิ่งปลูกสร้าง"), by));
    server = TestServer.start(database);
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static KnowledgeDraft manual(String title, String body) {
    return KnowledgeDraft.builder().title(title).body(body).kind(AssetKind.WORK_MANUAL).division(TestPlans.FINANCE).build();
  }

  private static String saved(KnowledgeWrite w) {
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content().assetId();
  }

  private static String q(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static JsonNode api(Browser b, String query) {
    HttpResponse<String> r = b.get("/api/v1/organizations/ban-waen/search?" + query);
    assertEquals(200, r.statusCode(), r.body());
    return ApiSchemas.tree(r.body());
  }

  @Test
  void readersFindPublishedAssetsAndEditorsDraftsToo() {
    Browser staff = server.browser().loggedInAs("staff");
    Browser secretary = server.browser().loggedInAs("secretary");
    JsonNode forStaff = api(staff, "q=" + q("ภาษี"));
    assertEquals(1, forStaff.get("total").asInt(), forStaff.toString());
    JsonNode hit = forStaff.get("hits").get(0);
    assertEquals(published, hit.get("assetId").asText());
    assertEquals("finance", hit.get("division").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>ภาษี</mark>ป้าย"), hit.toString());
    assertTrue(hit.get("snippet").asText().contains("&lt;script&gt;"), hit.toString());
    assertEquals(2, api(secretary, "q=" + q("ภาษี")).get("total").asInt());
    assertEquals(2, api(server.browser().loggedInAs("head"), "q=" + q("ภาษี")).get("total").asInt(), "the finance head sees finance's drafts");
    assertEquals(1, api(server.browser().loggedInAs("clerkhead"), "q=" + q("ภาษี")).get("total").asInt(), "not another division's");
    ApiSchemas.of(server).assertMatches("SearchResults", staff.get("/api/v1/organizations/ban-waen/search?q=" + q("ภาษี")).body());
  }

  @Test
  void thaiAndArabicDigitsAndFiltersNarrow() {
    Browser staff = server.browser().loggedInAs("staff");
    assertEquals(1, api(staff, "q=2569").get("total").asInt());
    assertEquals(1, api(staff, "q=" + q("๒๕๖๙") + "&kind=work_manual&division=finance&year=2569").get("total").asInt());
    assertEquals(0, api(staff, "q=" + q("ภาษี") + "&kind=STORY").get("total").asInt());
    assertEquals(0, api(staff, "q=" + q("ภาษี") + "&year=2568").get("total").asInt());
    assertEquals(0, api(staff, "q=" + q("ภาษี") + "&step=3").get("total").asInt());
  }

  @Test
  void aBadQueryIsA400InThaiAndEnglish() {
    Browser staff = server.browser().loggedInAs("staff");
    HttpResponse<String> empty = staff.get("/api/v1/organizations/ban-waen/search?q=");
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("คำค้น (q) ว่าง") && empty.body().contains("The query (q) is empty"), empty.body());
    HttpResponse<String> longer = staff.get("/api/v1/organizations/ban-waen/search?q=" + "a".repeat(201));
    assertEquals(400, longer.statusCode());
    assertTrue(longer.body().contains("201"), longer.body());
    HttpResponse<String> kind = staff.get("/api/v1/organizations/ban-waen/search?q=x&kind=BOOK");
    assertEquals(400, kind.statusCode());
    assertTrue(kind.body().contains("kind") && kind.body().contains("BOOK"), kind.body());
    assertEquals(401, server.browser().get("/api/v1/organizations/ban-waen/search?q=x").statusCode());
  }

  @Test
  void theResultsPageMarksTheWordsAndThePublicPortalShowsPublishedOnly() {
    Browser staff = server.browser().loggedInAs("staff");
    String page = staff.get("/organizations/ban-waen/knowledge/search?q=" + q("ภาษี")).body();
    assertTrue(page.contains("<mark>ภาษี</mark>"), page);
    assertTrue(page.contains("href=\"/organizations/ban-waen/knowledge/" + published + "?year=2569\""), page);
    assertFalse(page.contains("ร่างเรื่องเล่า"), page);
    assertTrue(page.contains("พบ 1 รายการ"), page);
    String english = staff.get("/organizations/ban-waen/knowledge/search?lang=en&q=" + q("ภาษี")).body();
    assertTrue(english.contains("1 found"), english);
    String box = staff.get("/organizations/ban-waen/knowledge/search").body();
    assertTrue(box.contains("name=\"q\"") && !box.contains("search-count"), "the box alone, before a search");

    Browser anyone = server.browser();
    String portal = anyone.get("/public/ban-waen/knowledge/search?q=" + q("ภาษี")).body();
    assertTrue(portal.contains("href=\"/public/ban-waen/knowledge/" + published + "?year=2569\""), portal);
    assertFalse(portal.contains(draft), portal);
    HttpResponse<String> bad = anyone.get("/public/ban-waen/knowledge/search?q=" + q("ก".repeat(201)));
    assertEquals(400, bad.statusCode());
  }

  @Test
  void theKnowledgeListOffersTheSearchAndItsFormFindsTheManual() {
    Browser staff = server.browser().loggedInAs("staff");
    String list = staff.get("/organizations/ban-waen/knowledge?year=2569").body();
    assertTrue(list.contains("action=\"/organizations/ban-waen/knowledge/search\""), list);
    assertTrue(list.contains("name=\"q\""), list);
    // What the list's form sends: its year and the words.
    String found = staff.get("/organizations/ban-waen/knowledge/search?year=2569&q=" + q("ป้าย")).body();
    assertTrue(found.contains("คู่มือการจัดเก็บภาษีป้าย"), found);
  }
}
