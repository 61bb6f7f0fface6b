package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.testing.fuzz.FuzzRun;
import th.km.core.testing.fuzz.Hostile;

/**
 * The fuzz suite of the forms the pages send by GET: the overview's day and division, the plan
 * versions' comparison and the progress report's download. Malformed, missing, doubled and unknown
 * query parameters never give a 5xx or a stack trace, store nothing, and a refusal is in Thai and
 * English ({@link FuzzTally}). The POST forms and the API's writes are {@link PageFormsFuzzTest}'s
 * and {@link ApiWritesFuzzTest}'s.
 */
class GetFormsFuzzTest {

  @TempDir static Path folder;

  private static FuzzServer server;
  private static FuzzRun run;

  /** A GET form: its path and the valid value of each of its fields. */
  private record Form(String path, List<Map.Entry<String, String>> fields) {}

  private static final List<Form> FORMS =
      List.of(
          new Form(
              "/organizations/ban-waen/overview",
              List.of(Map.entry("year", "2569"), Map.entry("asOf", "31/3/2569"), Map.entry("division", "finance"))),
          new Form("/organizations/ban-waen/plan/compare", List.of(Map.entry("a", "1"), Map.entry("b", "1"))),
          new Form(
              "/api/v1/organizations/ban-waen/documents/report",
              List.of(
                  Map.entry("year", "2569"), Map.entry("asOf", "2026-03-31"), Map.entry("kind", "quarter"),
                  Map.entry("format", "xlsx"))));

  @BeforeAll
  static void start() {
    server = new FuzzServer(folder);
    run = FuzzRun.start("GetFormsFuzzTest");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyGetFormOfThePages() {
    return FORMS.stream().map(f -> DynamicTest.dynamicTest("GET " + f.path(), () -> fuzz(f)));
  }

  private static void fuzz(Form form) {
    String entryPoint = "GET " + form.path();
    RandomGenerator g = run.random(entryPoint);
    FuzzTally tally = new FuzzTally(run, entryPoint);
    FuzzClient client = new FuzzClient(server.port());
    client.signIn("secretary");
    Map<String, Long> before = server.rows();
    for (int i = 0; i < run.count(); i++) {
      List<Map.Entry<String, String>> fields = malformed(g, form.fields());
      String query = FuzzClient.formBody(fields);
      HttpResponse<String> r = client.send("GET", form.path() + "?" + query, "", new byte[0], Map.of());
      Map<String, Long> after = server.rows();
      tally.check(i, r, before, after, fields.stream().map(Map.Entry::getValue).toArray(String[]::new));
      assertEquals(before, after, run.replay(entryPoint, i) + ": a GET changed the rows");
    }
    tally.reconnected(client);
    tally.assertClean();
  }

  /** The form's fields with one or more spoiled: a hostile value, a field dropped, doubled or unknown. */
  private static List<Map.Entry<String, String>> malformed(RandomGenerator g, List<Map.Entry<String, String>> valid) {
    List<Map.Entry<String, String>> fields = new ArrayList<>(valid);
    for (int n = 1 + (g.nextInt(4) == 0 ? 1 : 0); n > 0; n--) {
      int at = g.nextInt(fields.size());
      Map.Entry<String, String> field = fields.get(at);
      switch (g.nextInt(6)) {
        case 0 -> fields.remove(at);
        case 1 -> fields.add(Map.entry(field.getKey(), Hostile.value(g, field.getValue())));
        case 2 -> fields.add(Map.entry(Hostile.value(g, "field"), Hostile.value(g, "x")));
        default -> fields.set(at, Map.entry(field.getKey(), Hostile.value(g, field.getValue())));
      }
      if (fields.isEmpty()) {
        fields.add(Map.entry(field.getKey(), Hostile.value(g, field.getValue())));
      }
    }
    return fields.stream().map(e -> Map.entry(e.getKey(), e.getValue())).collect(Collectors.toList());
  }
}
