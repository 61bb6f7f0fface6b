package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base end to end through the real server: a division head writes a work manual with
 * a Mermaid flowchart, the chair reviews and approves it, the secretary publishes it; staff read it
 * only then, and keep reading the published version while a change is a draft; attachments are
 * sniffed, served as their type, and refused with the file's name; the LPA view lists the manual.
 */
class KnowledgeBaseTest {

  private static final String KB = "/organizations/ban-waen/knowledge";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> manual(String csrf, String title) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("title", title);
    f.put("kind", "WORK_MANUAL");
    f.put("division", "finance");
    f.put("step", "CODIFY_AND_REFINE");
    f.put("knowledgeType", "EXPLICIT");
    f.put("tags", "ภาษี, บริการ");
    f.put("body", "# ขั้นตอน\n\n1. รับเรื่อง\n2. ตรวจสอบ");
    f.put("flowchartMermaid", "flowchart TD\n  A[รับเรื่อง] --> B[ตรวจสอบ]");
    f.put("reviewDue", "1/3/2569");
    f.put("changeNote", "ฉบับแรก");
    return f;
  }

  /** Creates a manual as the finance head; its page's address. */
  private static String created(Browser head, String title) {
    String csrf = Browser.csrfOf(head.get(KB + "/new?year=2569"));
    HttpResponse<String> r = head.postForm(KB + "?year=2569", manual(csrf, title));
    assertEquals(303, r.statusCode(), r.body());
    return r.headers().firstValue("Location").orElseThrow();
  }

  private static String idOf(String location) {
    Matcher m = Pattern.compile("/knowledge/([a-z0-9-]+)").matcher(location);
    assertTrue(m.find(), location);
    return m.group(1);
  }

  private static HttpResponse<String> move(Browser b, String id, String move, int version) {
    String csrf = Browser.csrfOf(b.get(KB + "?year=2569"));
    return b.postForm(
        KB + "/" + id + "/state?year=2569",
        Map.of("_csrf", csrf, "move", move, "version", String.valueOf(version), "channel", "WEBSITE"));
  }

  @Test
  void aManualGoesFromDraftToPublishedAndStaffReadOnlyWhatIsPublished() {
    Browser head = server.browser().loggedInAs("head");
    String location = created(head, "คู่มือการรับชำระภาษีป้าย");
    String id = idOf(location);
    HttpResponse<String> page = head.get(location);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("คู่มือการรับชำระภาษีป้าย"));
    assertTrue(page.body().contains("<h1>ขั้นตอน</h1>"), "the Markdown is rendered");
    assertTrue(page.body().contains("A[รับเรื่อง] --&gt; B[ตรวจสอบ]"), "the Mermaid text shows without scripts");
    assertTrue(page.body().contains("<script src=\"/static/mermaid/mermaid.min.js\"></script>"), "km's own copy of Mermaid");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"));
    assertTrue(page.body().contains("เลยกำหนดทบทวน"), "the review-due day (1 March) has passed on 15 March");

    Browser staff = server.browser().loggedInAs("staff");
    assertEquals(404, staff.get(location).statusCode(), "a draft is not for readers");
    assertFalse(staff.get(KB + "?year=2569").body().contains("คู่มือการรับชำระภาษีป้าย"));
    assertEquals(200, server.browser().loggedInAs("cko").get(location).statusCode(), "approvers see the work");

    assertEquals(403, move(staff, id, "REVIEW", 1).statusCode());
    assertEquals(303, move(head, id, "REVIEW", 1).statusCode());
    Browser chair = server.browser().loggedInAs("chair");
    assertEquals(403, move(head, id, "APPROVE", 1).statusCode(), "a division head does not approve");
    assertTrue(head.get(location).body().contains("ตรวจทานแล้ว"), "still reviewed");
    assertEquals(303, move(chair, id, "APPROVE", 1).statusCode());
    Browser secretary = server.browser().loggedInAs("secretary");
    assertEquals(303, move(secretary, id, "PUBLISH", 1).statusCode());
    assertTrue(staff.get(location).body().contains("เผยแพร่แล้ว"), "staff read the published version");

    String csrf = Browser.csrfOf(head.get(KB + "/" + id + "/edit?year=2569"));
    Map<String, String> changed = manual(csrf, "คู่มือการรับชำระภาษีป้าย ฉบับปรับปรุง");
    changed.put("basedOn", "1");
    changed.put("body", "# ขั้นตอน\n\n1. รับเรื่อง\n2. ตรวจสอบ\n3. แจ้งผล");
    assertEquals(303, head.postForm(KB + "/" + id + "?year=2569", changed).statusCode());
    String read = staff.get(location).body();
    assertFalse(read.contains("ฉบับปรับปรุง"), "staff still read version 1 while version 2 is a draft");
    assertTrue(head.get(location).body().contains("ฉบับปรับปรุง"));
    HttpResponse<String> stale = head.postForm(KB + "/" + id + "?year=2569", changed);
    assertEquals(409, stale.statusCode(), "a save made from version 1 after version 2 is refused");

    String versions = head.get(KB + "/" + id + "/versions?year=2569").body();
    assertTrue(versions.contains("<span class=\"diff-added\">+ 3. แจ้งผล"), versions);
    assertTrue(versions.contains("ฉบับปรับปรุง"));

    String lpa = staff.get(KB + "/lpa?year=2569").body();
    assertTrue(lpa.contains("คู่มือการรับชำระภาษีป้าย"), "the published manual is evidence");
    assertTrue(lpa.contains("<td>มี</td>"), "it has a flowchart");
    assertTrue(lpa.contains("15 มีนาคม พ.ศ. 2569"), "its approval day: " + lpa);
  }

  @Test
  void markdownCannotRunScripts() {
    Browser secretary = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(secretary.get(KB + "/new?year=2569"));
    Map<String, String> f = manual(csrf, "เรื่องเล่าทดสอบ");
    f.put("kind", "STORY");
    f.put("flowchartMermaid", "");
    f.put("body", "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[คลิก](javascript:alert(3)) [อีก](JaVaScRiPt:alert(4))"
        + " [ข้อมูล](data:text/html,x) ![ภาพ](https://evil.example/a.png) [เว็บ](https://example.org)");
    HttpResponse<String> r = secretary.postForm(KB + "?year=2569", f);
    assertEquals(303, r.statusCode(), r.body());
    String body = secretary.get(r.headers().firstValue("Location").orElseThrow()).body();
    assertFalse(body.contains("<script>alert"), body);
    assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), body);
    assertFalse(body.contains("<img src=\"x\""), body);
    assertFalse(body.contains("onerror=alert(2)>") && !body.contains("&lt;img"), body);
    assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML shows as text");
    assertFalse(body.contains("evil.example"), "no picture from another site");
    assertFalse(body.contains("href=\"data:"), body);
    assertTrue(body.contains("rel=\"nofollow noopener noreferrer\" href=\"https://example.org\""), body);
  }

  @Test
  void attachmentsAreSniffedServedAsTheirTypeAndRefusedByName() {
    Browser head = server.browser().loggedInAs("head");
    String location = created(head, "คู่มือพร้อมไฟล์แนบ");
    String id = idOf(location);
    String csrf = Browser.csrfOf(head.get(location));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    HttpResponse<String> up =
        Multipart.post(head, server, KB + "/" + id + "/attachments?year=2569", Map.of("_csrf", csrf), "flow.pdf", png, Map.of());
    assertEquals(303, up.statusCode(), up.body());
    String shown = head.get(location).body();
    assertTrue(shown.contains("flow.pdf"), shown);
    Matcher m = Pattern.compile("/attachments/([0-9]+)\\?").matcher(shown);
    assertTrue(m.find());
    HttpResponse<byte[]> file = head.getBytes(KB + "/" + id + "/attachments/" + m.group(1) + "?year=2569");
    assertEquals(200, file.statusCode());
    assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""), "the sniffed type, not the name's");
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));

    HttpResponse<String> bad =
        Multipart.post(head, server, KB + "/" + id + "/attachments?year=2569", Map.of("_csrf", csrf), "evil.pdf",
            "<html><script>x</script>".getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(303, bad.statusCode());
    assertTrue(head.get(location).body().contains("evil.pdf"), "the refusal names the file");
  }

  @Test
  void theApiCreatesWithRolesAndNamesEachWrongField() {
    Browser secretary = server.browser();
    String csrf = secretary.apiSignIn("secretary");
    HttpResponse<String> created =
        secretary.postJson("/api/v1/organizations/ban-waen/knowledge?year=2569",
            "{\"title\": \"คู่มืองานสารบรรณ\", \"kind\": \"WORK_MANUAL\", \"division\": \"finance\", \"tags\": [\"สารบรรณ\"],"
                + " \"body\": \"**ตัวหนา**\", \"flowchartMermaid\": \"flowchart TD\\n A --> B\"}",
            Map.of("X-CSRF-Token", csrf));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode asset = ApiSchemas.tree(created.body());
    assertEquals("DRAFT", asset.get("state").asText());
    assertTrue(asset.get("html").asText().contains("<strong>ตัวหนา</strong>"));
    ApiSchemas.of(server).assertMatches("KnowledgeAsset", created.body());

    HttpResponse<String> invalid =
        secretary.postJson("/api/v1/organizations/ban-waen/knowledge?year=2569",
            "{\"title\": \" \", \"kind\": \"BOOK\", \"reviewDue\": \"31/2/2569\"}", Map.of("X-CSRF-Token", csrf));
    assertEquals(422, invalid.statusCode(), invalid.body());
    JsonNode problem = JsonAssert.hasBothLanguages(invalid.body());
    String fields = problem.get("errors").toString();
    assertTrue(fields.contains("\"title\"") && fields.contains("\"kind\"") && fields.contains("\"reviewDue\""), fields);

    Browser staff = server.browser();
    String staffCsrf = staff.apiSignIn("staff");
    HttpResponse<String> denied =
        staff.postJson("/api/v1/organizations/ban-waen/knowledge?year=2569",
            "{\"title\": \"x\", \"kind\": \"STORY\"}", Map.of("X-CSRF-Token", staffCsrf));
    assertEquals(403, denied.statusCode());
    Browser clerkHead = server.browser();
    String clerkCsrf = clerkHead.apiSignIn("clerkhead");
    HttpResponse<String> other =
        clerkHead.postJson("/api/v1/organizations/ban-waen/knowledge?year=2569",
            "{\"title\": \"คู่มือ\", \"kind\": \"STORY\", \"division\": \"finance\"}", Map.of("X-CSRF-Token", clerkCsrf));
    assertEquals(403, other.statusCode(), "a division head writes only the own division's assets");
    HttpResponse<String> list = staff.get("/api/v1/organizations/ban-waen/knowledge?year=2569");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains("คู่มืองานสารบรรณ"), "a draft is not listed for staff");
    ApiSchemas.of(server).assertMatches("KnowledgeList", list.body());
  }
}
