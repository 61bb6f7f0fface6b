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
