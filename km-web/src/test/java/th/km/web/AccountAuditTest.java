package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.core.audit.AuditEntry;

/**
 * The secretary's changes to accounts, and an account's own calendar address, are in the audit log
 * with who made them and from where, without the password's hash or the token, and the audit page
 * shows them in words to the secretary, the CKO and the chair, not to a division head.
 */
class AccountAuditTest {

  private static final String ORG = DemoSite.ORG;

  @RegisterExtension final DemoSite site = new DemoSite();

  @Test
  void accountChangesAreLoggedAndShownOnTheAuditPage() {
    Demo demo = site.demo();
    var code = site.code();
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    assertEquals(303, secretary.form(ORG + "/accounts",
        Map.of("_csrf", csrf, "username", "somsri", "role", "chair", "division", "", "staffId", "", "email", ""))
        .statusCode());
    assertEquals(303, secretary.form(ORG + "/accounts/somsri/password", Map.of("_csrf", csrf)).statusCode());
    assertEquals(303, secretary.form(ORG + "/accounts/somsri/deactivate", Map.of("_csrf", csrf)).statusCode());
    assertEquals(303, secretary.form(ORG + "/accounts/somsri/activate", Map.of("_csrf", csrf)).statusCode());
    assertEquals(303, secretary.form(ORG + "/tasks/calendar", Map.of("_csrf", csrf)).statusCode());

    List<AuditEntry> somsri = demo.database().auditLog().entries(code, "account", "somsri");
    assertEquals(
        List.of("account.create", "account.password", "account.deactivate", "account.activate"),
        somsri.stream().map(AuditEntry::action).toList());
    for (AuditEntry e : somsri) {
      assertEquals("secretary", e.actor().name());
      assertTrue(e.actor().address().isPresent(), "from where");
      assertFalse(e.after().orElseThrow().contains("argon2"), "no password hash: " + e.after());
    }
    assertTrue(somsri.get(1).after().orElseThrow().contains("\"newPassword\":true"), somsri.get(1).toString());
    assertTrue(somsri.get(2).after().orElseThrow().contains("\"active\":false"));
    List<AuditEntry> feed = demo.database().auditLog().entries(code, "account", "secretary");
    assertEquals("account.calendar", feed.get(feed.size() - 1).action());
    assertTrue(feed.get(feed.size() - 1).after().orElseThrow().contains("\"calendarFeed\":true"));

    String page = secretary.get(ORG + "/audit").body();
    assertTrue(page.contains("สร้างบัญชีผู้ใช้"), page);
    assertTrue(page.contains("ระงับบัญชีผู้ใช้"), page);
    assertTrue(page.contains("somsri"), page);
    String english = secretary.get(ORG + "/audit?lang=en").body();
    assertTrue(english.contains("Deactivated: account"), english);

    DemoClient head = site.client();
    head.signIn("head", site.password("head"));
    assertEquals(403, head.get(ORG + "/audit").statusCode());
  }
}
