package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.YearRecords;
import th.km.persistence.db.DatabaseLocation;
import th.km.web.security.DemoAccounts;

/**
 * Many people saving at once through the API, on the demo's H2 database: every new record is
 * stored under an id of its own, and writers correcting the same record lose no update, the ones
 * who come second being told with a 409.
 */
class ConcurrentWritesTest {

  private static final Clock NOVEMBER =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), WebConfig.THAILAND);
  private static final int WRITERS = 50;

  @TempDir Path folder;

  private Demo demo;
  private TestClient secretary;
  private String csrf;

  @BeforeEach
  void start() {
    demo = Demo.start(0, Optional.empty(), NOVEMBER, DatabaseLocation.embedded(folder));
    secretary = new TestClient(demo.app().port());
    csrf = secretary.signIn("secretary", password("secretary"));
  }

  @AfterEach
  void stop() {
    demo.stop();
  }

  @Test
  void fiftyParallelTrainingsAreAllStoredUnderIdsOfTheirOwn() throws Exception {
    String person = stored().staff().get(10).id();
    int before = stored().trainings().size();
    List<HttpResponse<String>> answers =
        inParallel(
            WRITERS,
            i ->
                secretary.postJson(
                    "/api/v1/organizations/ban-waen/trainings",
                    "{\"personId\": \"" + person + "\", \"title\": \"หลักสูตรพร้อมกัน " + i + "\","
                        + " \"trainingKind\": \"TRAINING\", \"setting\": \"EXTERNAL\","
                        + " \"start\": \"2/3/2569\", \"end\": \"4/3/2569\"}",
                    csrf));
    Set<String> ids = new HashSet<>();
    for (HttpResponse<String> a : answers) {
      assertEquals(201, a.statusCode(), a.body());
      ids.add(ApiSchemas.tree(a.body()).get("id").asText());
    }
    assertEquals(WRITERS, ids.size(), "each answer names an id of its own: " + ids);
    assertEquals(before + WRITERS, stored().trainings().size(), "every training is stored");
  }

  @Test
  void tenParallelMeetingsAreAllStored() throws Exception {
    int before = stored().meetings().size();
    List<HttpResponse<String>> answers =
        inParallel(
            10,
            i ->
                secretary.postJson(
                    "/api/v1/organizations/ban-waen/meetings",
                    "{\"meetingKind\": \"WORKSHOP\", \"title\": \"เวทีพร้อมกัน " + i + "\","
                        + " \"date\": \"2569-03-02\", \"otherAttendees\": 5}",
                    csrf));
    for (HttpResponse<String> a : answers) {
      assertEquals(201, a.statusCode(), a.body());
    }
    assertEquals(before + 10, stored().meetings().size());
  }

  @Test
  void fiftyWritersOnOneRecordLoseNoUpdateAndTheLaterOnesGetAConflict() throws Exception {
    KnowledgeAsset asset = stored().knowledgeAssets().get(0);
    List<HttpResponse<String>> answers =
        inParallel(
            WRITERS,
            i ->
                secretary.postJson(
                    "/api/v1/organizations/ban-waen/knowledge-assets",
                    "{\"id\": \"" + asset.id() + "\", \"version\": 0, \"title\": \"ชื่อใหม่ " + i + "\","
                        + " \"assetKind\": \"" + asset.assetKind().name() + "\","
                        + " \"createdOn\": \"" + asset.createdOn() + "\", \"status\": \"DRAFT\"}",
                    csrf));
    List<String> saved = new ArrayList<>();
    for (HttpResponse<String> a : answers) {
      assertTrue(a.statusCode() == 201 || a.statusCode() == 409, a.statusCode() + " " + a.body());
      if (a.statusCode() == 201) {
        saved.add(ApiSchemas.tree(a.body()).get("record").toString());
      }
    }
    assertEquals(1, saved.size(), "all read version 0: one correction wins, the rest are told");
    KnowledgeAsset now =
        stored().knowledgeAssets().stream().filter(a -> a.id().equals(asset.id())).findFirst().orElseThrow();
    assertTrue(saved.get(0).contains(now.title()), "the stored title is the winner's: " + now.title());
  }

  @Test
  void fiftyWritersCountingUpOneAssetLoseNoUpdateRetryingEachConflict() throws Exception {
    String body = "\"assetKind\": \"WORK_MANUAL\", \"createdOn\": \"1/3/2569\", \"status\": \"DRAFT\"";
    HttpResponse<String> created =
        secretary.postJson(
            "/api/v1/organizations/ban-waen/knowledge-assets", "{\"title\": \"นับ 0\", " + body + "}", csrf);
    assertEquals(201, created.statusCode(), created.body());
    String id = ApiSchemas.tree(created.body()).get("id").asText();
    java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
    // Each writer reads the asset, counts its title up by one and saves with the version it read;
    // told of a conflict (409), it reads again and retries, as a person redoing the change would.
    List<HttpResponse<String>> answers =
        inParallel(
            WRITERS,
            i -> {
              while (true) {
                th.km.core.entry.Versioned seen = asset(id);
                int count = Integer.parseInt(((KnowledgeAsset) seen.record()).title().substring("นับ ".length()));
                HttpResponse<String> a =
                    secretary.postJson(
                        "/api/v1/organizations/ban-waen/knowledge-assets",
                        "{\"id\": \"" + id + "\", \"version\": " + seen.version() + ", \"title\": \"นับ "
                            + (count + 1) + "\", " + body + "}",
                        csrf);
                if (a.statusCode() != 409) {
                  return a;
                }
                conflicts.incrementAndGet();
              }
            });
    for (HttpResponse<String> a : answers) {
      assertEquals(201, a.statusCode(), a.body());
    }
    th.km.core.entry.Versioned now = asset(id);
    assertEquals("นับ " + WRITERS, ((KnowledgeAsset) now.record()).title(), "every count kept");
    assertEquals(WRITERS, now.version(), "one version per saved correction");
    System.out.printf("ConcurrentWritesTest: %d writers counting up one asset, %d conflicts retried%n", WRITERS, conflicts.get());
  }

  private th.km.core.entry.Versioned asset(String id) {
    return demo.database().recordCommands(Clock.systemUTC())
        .find(th.km.core.entry.RecordBook.of(OrganizationCode.of("ban-waen"), FiscalYear.ofBuddhistYear(2569)),
            th.km.core.records.RecordKind.KNOWLEDGE_ASSET, id)
        .orElseThrow();
  }

  @Test
  void fiftyParallelWritersOfEveryNumberedKindAreAllStoredUnderIdsOfTheirOwn() throws Exception {
    YearRecords at = stored();
    List<String> staff = at.staff().stream().map(m -> m.id()).toList();
    List<String[]> unacknowledged = new ArrayList<>();
    for (String person : staff) {
      for (String topic : List.of("KM_GOALS", "KM_PRINCIPLES")) {
        if (at.acknowledgements().stream()
            .noneMatch(a -> a.personId().equals(person) && a.topic().name().equals(topic))) {
          unacknowledged.add(new String[] {person, topic});
        }
      }
    }
    assertTrue(unacknowledged.size() >= WRITERS, "the demo has too few people to acknowledge");
    String activity = "1.2";

    // New trainings first: the reports and the ratings are written on them, one each.
    List<String> trainings = newIds("trainings", i -> "{\"personId\": \"" + staff.get(i % staff.size())
        + "\", \"title\": \"หลักสูตรพร้อมกัน " + i + "\", \"trainingKind\": \"TRAINING\","
        + " \"setting\": \"EXTERNAL\", \"start\": \"2/3/2569\", \"end\": \"4/3/2569\"}", at.trainings().size(),
        YearRecords::trainings);
    newIds("training-reports", i -> "{\"trainingId\": \"" + trainings.get(i) + "\", \"submittedOn\": \"10/3/2569\"}",
        at.trainingReports().size(), YearRecords::trainingReports);
    newIds("supervisor-ratings", i -> "{\"trainingId\": \"" + trainings.get(i) + "\", \"before\": \"3\","
        + " \"after\": \"4\", \"ratedOn\": \"13/3/2569\"}", at.supervisorRatings().size(), YearRecords::supervisorRatings);
    // Each post-training report filed above became one draft knowledge asset for the secretary.
    int assetsNow = stored().knowledgeAssets().size();
    assertEquals(at.knowledgeAssets().size() + WRITERS, assetsNow, "one draft asset per filed report");
    newIds("knowledge-assets", i -> "{\"title\": \"คู่มือพร้อมกัน " + i + "\", \"assetKind\": \"WORK_MANUAL\","
        + " \"createdOn\": \"1/3/2569\", \"status\": \"DRAFT\"}", assetsNow, YearRecords::knowledgeAssets);
    newIds("meetings", i -> "{\"meetingKind\": \"WORKSHOP\", \"title\": \"เวทีพร้อมกัน " + i + "\","
        + " \"date\": \"2569-03-02\", \"otherAttendees\": 5}", at.meetings().size(), YearRecords::meetings);
    newIds("acknowledgements", i -> "{\"personId\": \"" + unacknowledged.get(i)[0] + "\", \"topic\": \""
        + unacknowledged.get(i)[1] + "\", \"date\": \"11/3/2569\"}", at.acknowledgements().size(), YearRecords::acknowledgements);
    newIds("progress-updates", i -> "{\"activity\": \"" + activity + "\", \"date\": \"12/3/2569\","
        + " \"percent\": 40, \"narrative\": \"ความคืบหน้า " + i + "\"}", at.progressUpdates().size(), YearRecords::progressUpdates);
    newIds("recognitions", i -> "{\"personId\": \"" + staff.get(i % staff.size()) + "\","
        + " \"recognitionKind\": \"DILIGENCE\", \"date\": \"10/3/2569\"}", at.recognitions().size(), YearRecords::recognitions);
    newIds("monitoring-notes", i -> "{\"round\": \"HALF_YEAR-1\", \"subject\": \"" + activity + "\","
        + " \"date\": \"12/3/2569\", \"problems\": \"ปัญหา " + i + "\", \"recommendations\": \"ข้อเสนอ " + i + "\"}",
        at.monitoringNotes().size(), YearRecords::monitoringNotes);
  }

  /**
   * Sends 50 parallel writes of new records to the collection; asserts each is a 201 with an id of
   * its own and all 50 are stored; returns the ids in the writers' order.
   */
  private List<String> newIds(
      String collection, IntFunction<String> body, int before,
      java.util.function.Function<YearRecords, List<?>> ofKind) throws Exception {
    List<HttpResponse<String>> answers =
        inParallel(WRITERS, i -> secretary.postJson("/api/v1/organizations/ban-waen/" + collection, body.apply(i), csrf));
    List<String> ids = new ArrayList<>();
    for (HttpResponse<String> a : answers) {
      assertEquals(201, a.statusCode(), collection + ": " + a.body());
      ids.add(ApiSchemas.tree(a.body()).get("id").asText());
    }
    assertEquals(WRITERS, new HashSet<>(ids).size(), collection + ": each answer names an id of its own: " + ids);
    assertEquals(before + WRITERS, ofKind.apply(stored()).size(), collection + ": every record is stored");
    return ids;
  }

  private List<HttpResponse<String>> inParallel(int n, IntFunction<HttpResponse<String>> request)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CyclicBarrier together = new CyclicBarrier(n);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int which = i;
        sent.add(
            pool.submit(
                () -> {
                  together.await(60, TimeUnit.SECONDS);
                  return request.apply(which);
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : sent) {
        answers.add(f.get(5, TimeUnit.MINUTES));
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }

  private YearRecords stored() {
    return demo.database()
        .recordStore()
        .records(OrganizationCode.of("ban-waen"), FiscalYear.ofBuddhistYear(2569));
  }

  private String password(String username) {
    return demo.loaded().accounts().stream()
        .filter(c -> c.account().username().equals(username))
        .map(DemoAccounts.Credentials::password)
        .findFirst()
        .orElseThrow();
  }
}
