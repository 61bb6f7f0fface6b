package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Thai by default, English on request, remembered in a cookie. */
class LanguageTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSwitchIsRememberedAndCanBeUndone() {
    Browser b = server.browser().loggedInAs("chair");
    String thai = b.get("/organizations/ban-waen/action-plan").body();
    assertTrue(thai.contains("<html lang=\"th\">"));
    assertTrue(thai.contains(">แผนปฏิบัติการ<"), "Thai navigation");
    assertTrue(thai.contains("href=\"/organizations/ban-waen/action-plan?lang=en\""), "the switch");

    HttpResponse<String> switched = b.get("/organizations/ban-waen/action-plan?lang=en");
    String english = switched.body();
    assertTrue(english.contains("<html lang=\"en\">"));
    assertTrue(english.contains(">Action plan<"), "English navigation");
    assertTrue(english.contains("As of 15 March B.E. 2569"), "B.E. dates in English too");
    assertTrue(english.contains("BAN WAEN SUBDISTRICT MUNICIPALITY"), "the English name");
    String cookie = switched.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("km_lang=en")).findFirst().orElseThrow();
    assertTrue(cookie.contains("SameSite=Lax"), cookie);

    assertTrue(b.get("/organizations/ban-waen/committees").body().contains("<html lang=\"en\">"), "remembered");
    assertTrue(b.get("/organizations/ban-waen/committees?lang=th").body().contains("<html lang=\"th\">"));
    assertTrue(b.get("/organizations/ban-waen/scopes").body().contains("<html lang=\"th\">"));
  }

  @Test
  void theSwitchKeepsTheRestOfTheQuery() {
    Browser b = server.browser().loggedInAs("chair");
    String body = b.get("/organizations/ban-waen/scopes?year=2569").body();
    assertTrue(body.contains("href=\"/organizations/ban-waen/scopes?year=2569&amp;lang=en\""), body);
  }

  @Test
  void anUnknownLanguageFallsBackToThai() {
    HttpResponse<String> r = server.browser().get("/login?lang=xx");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<html lang=\"th\">"));
  }
}
