package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.km.persistence.document.PdfDocuments;

/**
 * The plan as a document through the server: the download route with the plan pages' roles, the
 * buttons on the plan pages, and the published plan's PDF on the public page once approved.
 */
class DocumentsTest {

  private static final String PLAN = "/api/v1/organizations/ban-waen/documents/plan";

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
  void staffDownloadTheirPlanAsHtmlAndDocx() {
    Browser staff = server.browser().loggedInAs("staff");
    HttpResponse<String> html = staff.get(PLAN + "?format=html");
    assertEquals(200, html.statusCode(), html.body());
    assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(
        html.headers().firstValue("Content-Disposition").orElseThrow().contains("km-plan-ban-waen-2569.html"));
    assertTrue(html.body().contains("ประกาศเทศบาลตำบลบ้านแหวน") || html.body().contains("เทศบาลตำบลบ้านแหวน"), "the organization");
    assertTrue(html.body().contains("thead { display: table-header-group; }"));
    HttpResponse<String> docx = staff.get(PLAN + "?format=docx&year=2569");
    assertEquals(200, docx.statusCode());
    assertTrue(docx.body().startsWith("PK"), "not a DOCX (zip) file");
  }

  @Test
  void anUnknownFormatIsABadRequestAndAnotherOrganizationIsForbidden() {
    Browser staff = server.browser().loggedInAs("staff");
    HttpResponse<String> odt = staff.get(PLAN + "?format=odt");
    assertEquals(400, odt.statusCode());
    assertTrue(odt.body().contains("odt"), odt.body());
    Browser other = server.browser().loggedInAs("other");
    assertEquals(403, other.get(PLAN + "?format=html").statusCode());
    assertEquals(401, server.browser().get(PLAN + "?format=html").statusCode());
  }

  @Test
  void thePlanPagesOfferTheDownloads() {
    Browser staff = server.browser().loggedInAs("staff");
    for (String page : new String[] {"/committees", "/scopes", "/action-plan"}) {
      String body = staff.get("/organizations/ban-waen" + page).body();
      assertTrue(body.contains(PLAN + "?year=2569&amp;format=pdf"), page + " has no PDF button");
      assertTrue(body.contains(PLAN + "?year=2569&amp;format=docx"), page + " has no DOCX button");
    }
  }

  @Test
  void thePublicPageOffersThePlanPdfOnlyOnceTheLatestVersionIsApproved() {
    Browser anyone = server.browser();
    String pdf = "/public/ban-waen/2569/plan.pdf";
    assertFalse(anyone.get("/public/ban-waen/2569").body().contains(pdf), "a draft is offered");
    assertEquals(404, anyone.get(pdf).statusCode(), "a draft is published");
    int latest = server.plans().versions(TestPlans.ORG, TestPlans.FY2569).size();
    server.plans().approve(TestPlans.ORG, TestPlans.FY2569, latest);
    // As the approval page does after approving: the year's cached pages are rendered anew.
    WebApp.evaluations(server.app()).changed(TestPlans.ORG, TestPlans.FY2569);
    assertTrue(anyone.get("/public/ban-waen/2569").body().contains(pdf), "the approved plan is not offered");
    HttpResponse<String> r = anyone.get(pdf);
    // Some engine always prints: openhtmltopdf, in km's jar, where no program is installed.
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.body().startsWith("%PDF-"), "not a PDF");
    assertEquals(
        PdfDocuments.choose(null).orElseThrow().name(),
        r.headers().firstValue("X-KM-PDF-Engine").orElseThrow(),
        "the answer names the engine that printed it");
  }
}
