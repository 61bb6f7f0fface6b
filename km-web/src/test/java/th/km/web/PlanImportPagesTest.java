package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.km.core.plan.KmPlan;
import th.km.core.store.PlanVersion;
import th.km.core.store.PlanStatus;

/**
 * The upload and review pages through the real server: who may use them, CSRF, a file that is no
 * plan, the review beside what was not understood and the findings, a refused correction, and the
 * save as a new draft version that leaves the earlier versions as they were.
 */
class PlanImportPagesTest {

  private static final String FORM = "/organizations/ban-waen/plan/import";
  private static final Pattern REVIEW = Pattern.compile(FORM + "/review\\?draft=([A-Za-z0-9_-]+)");

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Uploads the file as the page's form does and returns the answer. */
  private HttpResponse<String> upload(Browser b, String fileName, byte[] file) {
    String token = Browser.csrfOf(b.get(FORM));
    return Multipart.post(b, server, FORM, Multipart.withToken(token, Map.of("code", "ban-waen")), fileName, file, Map.of());
  }

  /** The draft token of the review page an upload led to. */
  private static String draftOf(HttpResponse<String> upload) {
    assertEquals(303, upload.statusCode(), upload.body());
    Matcher m = REVIEW.matcher(upload.headers().firstValue("Location").orElseThrow());
    assertTrue(m.matches(), upload.headers().toString());
    return m.group(1);
  }

  @Test
  void theSecretaryTheCkoAndTheChairSeeTheFormInThaiOthersAreTurnedAway() {
    for (String user : List.of("secretary", "cko", "chair")) {
      HttpResponse<String> r = server.browser().loggedInAs(user).get(FORM);
      assertEquals(200, r.statusCode(), user);
      assertTrue(r.body().contains("นำเข้าแผนจากเอกสาร"), user);
      assertTrue(r.body().contains("enctype=\"multipart/form-data\""));
      assertTrue(r.body().contains("name=\"_csrf\""), "the form carries the CSRF token");
    }
    for (String user : List.of("head", "staff", "other")) {
      assertEquals(403, server.browser().loggedInAs(user).get(FORM).statusCode(), user);
    }
    HttpResponse<String> anonymous = server.browser().get(FORM);
    assertEquals(303, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElseThrow().startsWith("/login"));
    HttpResponse<String> english = server.browser().loggedInAs("secretary").get(FORM + "?lang=en");
    assertTrue(english.body().contains("Import the plan from a document"), english.body());
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefusedAndKeepsNothing() {
    Browser b = server.browser().loggedInAs("secretary");
    HttpResponse<String> r = Multipart.post(b, server, FORM, Map.of(), "plan.txt", Multipart.banWaenText(), Map.of());
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("CSRF"), r.body());
    HttpResponse<String> withToken = upload(b, "plan.txt", Multipart.banWaenText());
    assertEquals(303, withToken.statusCode(), "the same upload with the token is read");
  }

  @Test
  void withoutACodeThePlanTakesTheOrganizationsOwn() {
    Browser b = server.browser().loggedInAs("secretary");
    String token = Browser.csrfOf(b.get(FORM));
    String draft = draftOf(Multipart.post(b, server, FORM, Map.of("_csrf", token), "plan.txt", Multipart.banWaenText(), Map.of()));
    assertTrue(b.get(FORM + "/review?draft=" + draft).body().contains("name=\"code\" value=\"ban-waen\""));
  }

  @Test
  void aPictureIsRefusedOnTheFormWithAMessageInThai() {
    Browser b = server.browser().loggedInAs("secretary");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    HttpResponse<String> r = upload(b, "plan.txt", png);
    assertEquals(415, r.statusCode());
    assertTrue(r.body().contains("ไม่ใช่ PDF, Word (.docx) หรือไฟล์ข้อความ"), r.body());
    assertTrue(r.body().contains("type=\"file\""), "the form again");
  }

  @Test
  void theReviewShowsThePlanAsReadBesideWhatWasNotUnderstoodAndTheFindings() {
    Browser b = server.browser().loggedInAs("secretary");
    String draft = draftOf(upload(b, "ban-waen.txt", Multipart.banWaenText()));
    HttpResponse<String> review = b.get(FORM + "/review?draft=" + draft);
    assertEquals(200, review.statusCode());
    String page = review.body();
    assertTrue(page.contains("เทศบาลตำบลบ้านแหวน (ban-waen), FY B.E. 2569"), "the summary");
    assertTrue(page.contains("value=\"บ้านแหวน\""), "the organization's name to correct");
    assertTrue(page.contains("name=\"goal-1-activity-1-name\""), "activities to correct");
    assertTrue(page.contains("name=\"goal-1-activity-1-period\""));
    assertTrue(page.contains("ส่วนที่อ่านไม่เข้าใจ"), "what was not understood");
    assertTrue(page.contains("บรรทัด"), "with its line");
    assertTrue(page.contains("ORG_NAME_VARIANT"), "the checker's findings");
    assertTrue(page.contains("แบบฟอร์มที่ ๑"), "Form 1");

    assertEquals(404, b.get(FORM + "/review?draft=" + "x".repeat(32)).statusCode(), "an unknown draft");
    Browser chair = server.browser().loggedInAs("chair");
    assertEquals(404, chair.get(FORM + "/review?draft=" + draft).statusCode(), "another session's draft");
  }

  @Test
  void aCorrectedImportIsSavedAsANewDraftVersionAndTheApprovedOneStaysAsItWas() {
    // The plan of 2569 is approved first: the import must not change it.
    Browser cko = server.browser().loggedInAs("cko");
    String ckoToken = Browser.csrfOf(cko.get("/organizations/ban-waen/plan?year=2569"));
    assertEquals(303, cko.postForm("/organizations/ban-waen/plan/versions/1/approve?year=2569", Map.of("_csrf", ckoToken)).statusCode());
    List<PlanVersion> before = server.plans().versions(TestPlans.ORG, TestPlans.FY2569);
    KmPlan approved = server.plans().approved(TestPlans.ORG, TestPlans.FY2569).orElseThrow().plan();

    Browser b = server.browser().loggedInAs("secretary");
    String draft = draftOf(upload(b, "ban-waen.txt", Multipart.banWaenText()));
    String token = Browser.csrfOf(b.get(FORM + "/review?draft=" + draft));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("draft", draft);
    form.put("code", "ban-waen");
    form.put("name", "เทศบาลตำบลบ้านแหวน");
    form.put("goal-1-title", "เป้าหมายที่แก้แล้ว");
    form.put("goal-1-activity-1-target", "ไม่น้อยกว่า ๕ คน");
    HttpResponse<String> saved = b.postForm(FORM + "/review", form);

    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals("/organizations/ban-waen/plan?year=2569", saved.headers().firstValue("Location").orElseThrow());
    List<PlanVersion> after = server.plans().versions(TestPlans.ORG, TestPlans.FY2569);
    assertEquals(before.size() + 1, after.size());
    PlanVersion newest = after.get(after.size() - 1);
    assertEquals(PlanStatus.DRAFT, newest.status());
    KmPlan stored = server.plans().latest(TestPlans.ORG, TestPlans.FY2569).orElseThrow().plan();
    assertEquals("เป้าหมายที่แก้แล้ว", stored.goal(1).orElseThrow().title());
    assertEquals("ไม่น้อยกว่า ๕ คน", stored.goal(1).orElseThrow().activities().get(0).target());
    assertEquals("บ้านแหวน", stored.organization().name(), "the type prefix typed along is taken off");
    assertEquals(approved, server.plans().approved(TestPlans.ORG, TestPlans.FY2569).orElseThrow().plan(), "approved version unchanged");

    HttpResponse<String> versions = b.get("/organizations/ban-waen/plan?year=2569");
    assertTrue(versions.body().contains("เป็นฉบับที่ " + newest.number()), "the notice names the version");
    assertEquals(404, b.postForm(FORM + "/review", form).statusCode(), "the same draft is not saved twice");
    assertEquals(after, server.plans().versions(TestPlans.ORG, TestPlans.FY2569));
  }

  @Test
  void anotherOrganizationsCodeOrABlankGoalComesBackWithTheMessagesAndSavesNothing() {
    Browser b = server.browser().loggedInAs("secretary");
    String draft = draftOf(upload(b, "ban-waen.txt", Multipart.banWaenText()));
    String token = Browser.csrfOf(b.get(FORM + "/review?draft=" + draft));
    List<PlanVersion> before = server.plans().versions(TestPlans.ORG, TestPlans.FY2569);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("draft", draft);
    form.put("code", "nong-khwai");
    form.put("goal-2-title", " ");
    form.put("fiscalYear", "๒๕๖x");
    HttpResponse<String> r = b.postForm(FORM + "/review", form);

    assertEquals(422, r.statusCode());
    assertTrue(r.body().contains("ไม่ใช่ขององค์กรนี้"), r.body());
    assertTrue(r.body().contains("กรุณากรอกช่องนี้"));
    assertTrue(r.body().contains("ไม่ใช่ปีงบประมาณ"));
    assertTrue(r.body().contains("value=\"nong-khwai\""), "what was typed is kept");
    assertEquals(before, server.plans().versions(TestPlans.ORG, TestPlans.FY2569));

    form.remove("_csrf");
    assertEquals(403, b.postForm(FORM + "/review", form).statusCode(), "the save needs the token too");
    assertFalse(server.plans().versions(TestPlans.ORG, TestPlans.FY2569).size() > before.size());
  }
}
