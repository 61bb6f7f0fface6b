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
 * The fuzz suite of every form of the pages (every POST route outside the API, found on the
 * server): malformed fields, bodies and paths never give a 5xx or a stack trace, a refused post
 * stores no row in any table, and the refusal is a Thai page that marks the field.
 */
class PageFormsFuzzTest {

  @TempDir static Path folder;

  private static FuzzServer server;
  private static FuzzRun run;

  @BeforeAll
  static void start() {
    server = new FuzzServer(folder);
    run = FuzzRun.start("PageFormsFuzzTest");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyFormOfThePages() {
    return RouteFuzzer.tests(server, run, false);
  }
}
