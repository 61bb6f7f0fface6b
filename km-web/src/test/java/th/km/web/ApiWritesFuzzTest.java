package th.km.web;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.testing.fuzz.FuzzRun;

/**
 * The fuzz suite of every write of the JSON API (every POST, PUT, PATCH and DELETE under /api,
 * found on the server): malformed JSON, headers, bodies and paths never give a 5xx or a stack
 * trace, a refused request stores no row in any table, and the refusal is problem JSON in Thai and
 * English naming the field.
 */
class ApiWritesFuzzTest {

  @TempDir static Path folder;

  private static FuzzServer server;
  private static FuzzRun run;

  @BeforeAll
  static void start() {
    server = new FuzzServer(folder);
    run = FuzzRun.start("ApiWritesFuzzTest");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyWriteOfTheApi() {
    return RouteFuzzer.tests(server, run, true);
  }
}
