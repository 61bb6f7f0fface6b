package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.PublicationChannel;
import th.km.core.records.RecordKind;
import th.km.core.records.StaffMember;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;
import th.km.web.security.DemoAccounts;

/**
 * Reading the knowledge base through the real server on the demo's H2 database: the public portal
 * shows published assets only and counts each reader once a day (a 304 too), names authors only
 * where allowed, and leaves the year's public page working; mandatory reading reaches "my tasks" and
 * leaves it once acknowledged; a filed training report becomes one draft; an AAR starts from its
 * template linked to its activity.
 */
class ReadingWebTest {

  private static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-10T03:00:00Z"), WebConfig.THAILAND);
  private static final OrganizationCode BAN_WAEN = OrganizationCode.of("ban-waen");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistYear(2569);

  @TempDir Path folder;
  private Demo demo;
  private KnowledgeStore store;

  @BeforeEach
  void start() {
    demo = Demo.start(0, Optional.empty(), MARCH, DatabaseLocation.embedded(folder));
    store = demo.database().knowledgeStore(MARCH);
  }

  @AfterEach
  void stop() {
    demo.stop();
  }

  @Test
  void thePortalShowsPublishedAssetsOnlyAndTheYearPageStillWorks() {
    String published = publish("คู่มือการรับชำระภาษีป้าย", "ขั้นตอนการรับชำระภาษีป้าย <script>alert(1)</script>");
    String draft = draft("ร่างคู่มือที่ยังไม่เผยแพร่");
    Client anyone = new Client();
    HttpResponse<String> list = anyone.get("/public/ban-waen/knowledge");
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains("คู่มือการรับชำระภาษีป้าย"), "the published asset is listed");
    assertFalse(list.body().contains("ร่างคู่มือที่ยังไม่เผยแพร่"), "no draft on the portal");
    assertTrue(list.body().contains("/public/ban-waen/knowledge/search"), "the search box goes to the portal's search");
    assertEquals(404, anyone.get("/public/ban-waen/knowledge/" + draft + "?year=2569").statusCode());
    HttpResponse<String> read = anyone.get("/public/ban-waen/knowledge/" + published + "?year=2569");
    assertEquals(200, read.statusCode(), read.body());
    assertFalse(read.body().contains("<script>alert(1)</script>"), "the text is escaped");
    assertEquals(200, anyone.get("/public/ban-waen/knowledge?kind=WORK_MANUAL&lang=en").statusCode());
    assertEquals(400, anyone.get("/public/ban-waen/knowledge?kind=SPELLBOOK").statusCode());

    HttpResponse<String> yearPage = anyone.get("/public/ban-waen/2569");
    assertEquals(200, yearPage.statusCode(), "the year's public page still answers");
    assertTrue(yearPage.body().contains("href=\"/public/ban-waen/knowledge\""), "and links the portal");
  }

  @Test
  void aPortalReaderCountsOnceADayAndA304CountsTooAndAuthorsShowOnlyWhereAllowed() {
    String id = publish("คู่มือการขออนุญาตก่อสร้าง", "ขั้นตอนการยื่นคำขออนุญาตก่อสร้างอาคาร");
    StaffMember author = demo.database().recordStore().records(BAN_WAEN, YEAR).staff().get(0);
    var found = demo.database().recordCommands(MARCH).find(RecordBook.of(BAN_WAEN, YEAR), RecordKind.KNOWLEDGE_ASSET, id).orElseThrow();
    demo.database().recordCommands(MARCH).correct(
        RecordBook.of(BAN_WAEN, YEAR), ((KnowledgeAsset) found.record()).withAuthorIds(author.id()), found.version(), Actor.of("setup"));
    String path = "/public/ban-waen/knowledge/" + id + "?year=2569";
    AssetRef asset = new AssetRef(YEAR, id);

    HttpResponse<String> first = new Client("Firefox").get(path);
    assertEquals(200, first.statusCode());
    new Client("Firefox").get(path);
    assertEquals(1, reads(asset), "the same browser on the same day counts once");
    new Client("Chromium").get(path);
    assertEquals(2, reads(asset));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> cached = new Client("Safari").get(path, etag);
    assertEquals(304, cached.statusCode(), "the browser's copy is still good");
    assertEquals(3, reads(asset), "and the read counts all the same");

    assertFalse(first.body().contains(author.name()), "no author's name until the organization allows it");
    assertTrue(first.body().contains("ผู้จัดทำ:"), first.body());
    Client secretary = signedIn("secretary");
    assertEquals(200, secretary.get("/organizations/ban-waen/knowledge/portal").statusCode());
    assertEquals(303, secretary.postForm("/organizations/ban-waen/knowledge/portal", "showAuthors=yes").statusCode());
    assertTrue(new Client("Firefox").get(path).body().contains(author.name()), "the author's name once allowed");
    assertEquals(422, secretary.postForm("/organizations/ban-waen/knowledge/portal", "showAuthors=maybe").statusCode());
    assertEquals(403, signedIn("staff").postForm("/organizations/ban-waen/knowledge/portal", "showAuthors=no").statusCode());
  }

  @Test
  void mandatoryReadingIsATaskUntilAcknowledgedAndTheRosterSaysWhoRead() {
    String id = publish("ระเบียบการเบิกจ่ายค่าเดินทาง", "สาระสำคัญของระเบียบ");
    String asset = "/organizations/ban-waen/knowledge/" + id;
    Client secretary = signedIn("secretary");
    Client staff = signedIn("staff");
    assertEquals(403, staff.postForm(asset + "/mandatory?year=2569", "audience=all").statusCode());
    assertEquals(422, secretary.postForm(asset + "/mandatory?year=2569", "audience=divisions").statusCode());
    assertEquals(303, secretary.postForm(asset + "/mandatory?year=2569", "audience=all").statusCode());

    assertTrue(staff.get("/organizations/ban-waen/tasks").body().contains("ระเบียบการเบิกจ่ายค่าเดินทาง"), "a task to read it");
    JsonNode owed = staff.json("/api/v1/organizations/ban-waen/mandatory-readings");
    assertTrue(owed.get("readings").get(0).get("owed").asBoolean());
    JsonNode before = staff.json("/api/v1/organizations/ban-waen/knowledge/" + id + "/readers?year=2569");
    assertTrue(rosterNames(before, false).contains("staff"), "staff has not read it yet");

    assertEquals(303, staff.postForm(asset + "/acknowledge?year=2569", "").statusCode());
    assertFalse(staff.get("/organizations/ban-waen/tasks").body().contains("ระเบียบการเบิกจ่ายค่าเดินทาง"), "done");
    JsonNode after = staff.json("/api/v1/organizations/ban-waen/knowledge/" + id + "/readers?year=2569");
    assertTrue(rosterNames(after, true).contains("staff"), "staff has read it: " + after);
    assertFalse(staff.json("/api/v1/organizations/ban-waen/mandatory-readings").get("readings").get(0).get("owed").asBoolean());

    JsonNode counted = staff.postJson("/api/v1/organizations/ban-waen/knowledge/" + id + "/reads?year=2569");
    assertEquals("COUNTED", counted.get("result").asText());
    JsonNode again = staff.postJson("/api/v1/organizations/ban-waen/knowledge/" + id + "/reads?year=2569");
    assertEquals("ALREADY_COUNTED", again.get("result").asText());
    assertEquals(counted.get("reads").asLong(), again.get("reads").asLong());
    assertEquals(2569, counted.get("readsYear").asInt(), "reads of today's fiscal year are counted");
    assertTrue(
        staff.get(asset + "?year=2569").body().contains("ครั้งในปีงบประมาณ พ.ศ. 2569"),
        "the page says which year its access count is of");
  }

  @Test
  void aFiledTrainingReportBecomesOneDraftForTheSecretary() {
    Client secretary = signedIn("secretary");
    StaffMember person = demo.database().recordStore().records(BAN_WAEN, YEAR).staff().get(10);
    JsonNode training =
        secretary.postJson(
            "/api/v1/organizations/ban-waen/trainings",
            "{\"personId\": \"" + person.id() + "\", \"title\": \"หลักสูตรการจัดซื้อจัดจ้างภาครัฐ\", \"trainingKind\": \"TRAINING\","
                + " \"setting\": \"EXTERNAL\", \"start\": \"2/3/2569\", \"end\": \"4/3/2569\"}");
    String body =
        "{\"trainingId\": \"" + training.get("id").asText() + "\", \"submittedOn\": \"2569-03-09\","
            + " \"place\": \"ศูนย์ราชการเชียงใหม่\", \"learned\": \"การใช้ระบบ e-GP รุ่นใหม่\","
            + " \"plannedUse\": \"ลดเวลาการจัดซื้อของกอง\"}";
    JsonNode report = secretary.postJson("/api/v1/organizations/ban-waen/training-reports", body);
    List<KnowledgeContent> drafts = trainingDrafts();
    assertEquals(1, drafts.size(), "one draft");
    KnowledgeContent d = drafts.get(0);
    assertEquals(KnowledgeState.DRAFT, d.state());
    assertTrue(d.title().contains("หลักสูตรการจัดซื้อจัดจ้างภาครัฐ"), d.title());
    assertTrue(d.body().contains("การใช้ระบบ e-GP รุ่นใหม่") && d.body().contains("ลดเวลาการจัดซื้อของกอง"), d.body());
    KnowledgeAsset record =
        demo.database().recordStore().records(BAN_WAEN, YEAR).knowledgeAsset(d.assetId()).orElseThrow();
    assertEquals(List.of(person.id()), record.authorIds(), "the trainee is the author");

    String signOff =
        "{\"reportId\": \"" + report.get("id").asText() + "\", \"position\": \"ผู้อำนวยการกองคลัง\", \"signedOn\": \"2026-03-10\","
            + " \"head\": false, \"version\": 0}";
    secretary.postJson("/api/v1/organizations/ban-waen/sign-offs", signOff);
    assertEquals(1, trainingDrafts().size(), "filing again makes no second draft");
  }

  @Test
  void anAarStartsFromItsTemplateLinkedToItsActivity() {
    Client head = signedIn("head");
    HttpResponse<String> made =
        head.postForm("/organizations/ban-waen/knowledge/from-template", "kind=AFTER_ACTION_REVIEW&year=2569&activity=1.1");
    assertEquals(303, made.statusCode(), made.body());
    String location = made.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
    KnowledgeContent aar = store.latest(BAN_WAEN, YEAR, id).orElseThrow();
    assertEquals(AssetKind.AFTER_ACTION_REVIEW, aar.kind());
    assertTrue(aar.body().contains("ทำไมจึงแตกต่างกัน"), aar.body());
    String actionPlan = head.get("/organizations/ban-waen/action-plan").body();
    assertTrue(actionPlan.contains(location), "the activity lists its AAR");
    assertEquals(422, head.postForm("/organizations/ban-waen/knowledge/from-template", "kind=STORY&year=2569&activity=9.9").statusCode());
    assertEquals(422, head.postForm("/organizations/ban-waen/knowledge/from-template", "kind=POEM&year=2569&activity=1.1").statusCode());
    assertEquals(403, signedIn("staff").postForm("/organizations/ban-waen/knowledge/from-template", "kind=STORY&year=2569&activity=1.1").statusCode());
  }

  private List<KnowledgeContent> trainingDrafts() {
    return store.list(BAN_WAEN, KnowledgeFilter.all()).stream().filter(c -> c.kind() == AssetKind.TRAINING_REPORT).toList();
  }

  private static Set<String> rosterNames(JsonNode readers, boolean read) {
    return java.util.stream.StreamSupport.stream(readers.get("roster").spliterator(), false)
        .filter(l -> l.has("acknowledgedAt") == read)
        .map(l -> l.get("username").asText())
        .collect(Collectors.toSet());
  }

  private long reads(AssetRef asset) {
    return demo.database().readingLog().reads(BAN_WAEN, asset, asset.year());
  }

  private String draft(String title) {
    KnowledgeDraft draft = KnowledgeDraft.builder().title(title).body("ร่าง").kind(AssetKind.WORK_MANUAL).build();
    return ((KnowledgeWrite.Saved) store.create(BAN_WAEN, YEAR, draft, Actor.of("setup"))).content().assetId();
  }

  private String publish(String title, String body) {
    KnowledgeDraft draft =
        KnowledgeDraft.builder()
            .title(title)
            .body(body)
            .kind(AssetKind.WORK_MANUAL)
            .division(demo.loaded().plan().divisions().get(0).code())
            .build();
    String id = ((KnowledgeWrite.Saved) store.create(BAN_WAEN, YEAR, draft, Actor.of("setup"))).content().assetId();
    int version = 1;
    for (Transition t : List.of(Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH)) {
      KnowledgeWrite w = store.move(BAN_WAEN, YEAR, id, version, t, Set.of(PublicationChannel.WEBSITE), Actor.of("setup"));
      assertTrue(w instanceof KnowledgeWrite.Saved, t + ": " + w);
    }
    return id;
  }

  private Client signedIn(String username) {
    Client c = new Client();
    c.csrf =
        ApiSchemas.tree(
                c.send(
                        HttpRequest.newBuilder(c.uri("/api/v1/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\": \"" + username + "\", \"password\": \"" + password(username) + "\"}"))
                            .build())
                    .body())
            .get("csrfToken")
            .asText();
    return c;
  }

  private String password(String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(DemoAccounts.Credentials::password)
        .findFirst()
        .orElseThrow();
  }

  /** A browser: its own cookies, user agent and CSRF token. */
  private final class Client {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String agent;
    private String csrf = "";

    Client() {
      this("km-test");
    }

    Client(String agent) {
      this.agent = agent;
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + demo.app().port() + path);
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", agent).GET().build());
    }

    HttpResponse<String> get(String path, String etag) {
      return send(HttpRequest.newBuilder(uri(path)).header("User-Agent", agent).header("If-None-Match", etag).GET().build());
    }

    HttpResponse<String> postForm(String path, String form) {
      String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("User-Agent", agent)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    JsonNode postJson(String path) {
      return postJson(path, "{}");
    }

    JsonNode postJson(String path, String json) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(uri(path))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build());
      assertTrue(r.statusCode() / 100 == 2, path + ": " + r.statusCode() + " " + r.body());
      return ApiSchemas.tree(r.body());
    }

    JsonNode json(String path) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      return ApiSchemas.tree(r.body());
    }

    HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
