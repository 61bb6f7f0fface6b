package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The secretary's accounts page: a new account's password is shown once and signs in; a reset
 * password replaces the old one; a deactivated account cannot sign in and its open session ends;
 * bad values come back in the page's language; only the secretary may, and only with the form's
 * CSRF token.
 */
class AccountAdminTest {

  private static final String PAGE = "/organizations/ban-waen/accounts";
  private static final Pattern SHOWN = Pattern.compile("\\(แสดงครั้งเดียว\\): ([A-Za-z0-9]+)");

  @Test
  void aNewAccountsPasswordIsShownOnceAndSignsIn() {
    try (TestServer server = TestServer.start()) {
      Browser secretary = server.browser().loggedInAs("secretary");
      HttpResponse<String> r =
          secretary.postForm(PAGE, Map.of(
              "_csrf", Browser.csrfOf(secretary.get(PAGE)), "username", "Somying",
              "role", "STAFF", "division", "finance", "staffId", "s2"));
      assertEquals(303, r.statusCode(), r.body());
      String page = secretary.get(PAGE).body();
      Matcher shown = SHOWN.matcher(page);
      assertTrue(shown.find(), page);
      assertFalse(SHOWN.matcher(secretary.get(PAGE).body()).find(), "the password is shown only once");
      assertTrue(page.contains("<tr id=\"account-somying\" class=\"active\">"), "stored in lower case");
      assertEquals(303, server.browser().logIn("somying", shown.group(1)).statusCode(), "the new account signs in");
    }
  }

  @Test
  void aResetPasswordReplacesTheOldOne() {
    try (TestServer server = TestServer.start()) {
      Browser secretary = server.browser().loggedInAs("secretary");
      HttpResponse<String> r =
          secretary.postForm(PAGE + "/head/password", Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE))));
      assertEquals(303, r.statusCode(), r.body());
      Matcher shown = SHOWN.matcher(secretary.get(PAGE).body());
      assertTrue(shown.find());
      assertEquals(401, server.browser().logIn("head", TestServer.PASSWORD).statusCode(), "the old password is refused");
      assertEquals(303, server.browser().logIn("head", shown.group(1)).statusCode());
    }
  }

  @Test
  void aDeactivatedAccountCannotSignInAndItsSessionEnds() {
    try (TestServer server = TestServer.start()) {
      Browser head = server.browser().loggedInAs("head");
      assertEquals(200, head.get("/organizations/ban-waen/overview").statusCode());
      Browser secretary = server.browser().loggedInAs("secretary");
      HttpResponse<String> r =
          secretary.postForm(PAGE + "/head/deactivate", Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE))));
      assertEquals(303, r.statusCode(), r.body());
      String page = secretary.get(PAGE).body();
      assertTrue(page.contains("<tr id=\"account-head\" class=\"inactive\">"), page);
      assertTrue(page.contains("ระงับการใช้งานบัญชี head แล้ว"), "the notice says so");
      assertEquals(303, head.get("/organizations/ban-waen/overview").statusCode(), "the open session ends");
      assertEquals(401, server.browser().logIn("head", TestServer.PASSWORD).statusCode(), "refused");

      secretary.postForm(PAGE + "/head/activate", Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE))));
      assertEquals(303, server.browser().logIn("head", TestServer.PASSWORD).statusCode(), "active again");
      assertEquals(403,
          secretary.postForm(PAGE + "/secretary/deactivate", Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE)))).statusCode(),
          "not the own account");
      assertEquals(404,
          secretary.postForm(PAGE + "/other/deactivate", Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE)))).statusCode(),
          "not another organization's account");
    }
  }

  @Test
  void badValuesComeBackNamingTheFieldInThePagesLanguage() {
    try (TestServer server = TestServer.start()) {
      Browser secretary = server.browser().loggedInAs("secretary");
      HttpResponse<String> taken =
          secretary.postForm(PAGE, Map.of("_csrf", Browser.csrfOf(secretary.get(PAGE)), "username", "head", "role", "STAFF"));
      assertEquals(422, taken.statusCode());
      assertTrue(taken.body().contains("มีบัญชีชื่อ &#39;head&#39; อยู่แล้ว") || taken.body().contains("มีบัญชีชื่อ 'head' อยู่แล้ว"), taken.body());
      HttpResponse<String> division =
          secretary.postForm(PAGE, Map.of(
              "_csrf", Browser.csrfOf(secretary.get(PAGE)), "username", "newhead", "role", "DIVISION_HEAD", "division", "nowhere"));
      assertEquals(422, division.statusCode());
      assertTrue(division.body().contains("division: division &#39;nowhere&#39; ไม่มีในแผนของ ban-waen")
          || division.body().contains("ไม่มีในแผนของ ban-waen"), division.body());
      assertFalse(server.browser().logIn("newhead", "x").statusCode() == 303);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cko", "chair", "head", "prasert"})
  void onlyTheSecretaryManagesAccounts(String role) {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser().loggedInAs(role);
      String csrf = Browser.csrfOf(b.get("/organizations/ban-waen/overview"));
      assertEquals(403, b.postForm(PAGE, Map.of("_csrf", csrf, "username", "intruder", "role", "SECRETARY")).statusCode());
      assertEquals(403, b.postForm(PAGE + "/staff/deactivate", Map.of("_csrf", csrf)).statusCode());
      assertEquals(403, b.postForm(PAGE + "/staff/password", Map.of("_csrf", csrf)).statusCode());
      assertEquals(303, server.browser().logIn("staff", TestServer.PASSWORD).statusCode(), "the account is untouched");
    }
  }

  @Test
  void withoutTheFormsTokenNothingChanges() {
    try (TestServer server = TestServer.start()) {
      Browser secretary = server.browser().loggedInAs("secretary");
      secretary.get(PAGE);
      assertEquals(403, secretary.postForm(PAGE + "/head/deactivate", Map.of()).statusCode());
      assertEquals(403, secretary.postForm(PAGE, Map.of("username", "sneaky", "role", "SECRETARY")).statusCode());
      assertEquals(303, server.browser().logIn("head", TestServer.PASSWORD).statusCode(), "still active");
    }
  }
}
