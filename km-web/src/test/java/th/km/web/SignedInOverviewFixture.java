package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the overview's tests share: the real server with the test plan and year as of 15 March
 * 2026, started once per test class, a browser signed in as staff, and a section of a page by its
 * id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignedInOverviewFixture {

  TestServer server;
  Browser staff;

  @BeforeAll
  void start() {
    server = TestServer.start();
    staff = server.browser().loggedInAs("staff");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** The part of the page from the element with that id to the end of its section. */
  static String section(String body, String id) {
    int start = body.indexOf("id=\"" + id + "\"");
    assertTrue(start > 0, "no section " + id);
    return body.substring(start, body.indexOf("</section>", start));
  }
}
