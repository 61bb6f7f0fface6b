package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan editor's pages through the real server: who may use them, CSRF, a part saved as a new
 * version, a form made from an older version refused, a bad field shown at its field, the checker
 * on demand with links to the fields, a year started as a copy or from the template, the
 * comparison of two versions, and an approval that asks for confirmation and names the approver.
 */
class PlanEditorTest {

  private static final String EDIT = "/organizations/ban-waen/plan/edit";
  private static final String GOAL_TITLE = "f:goals[0].title";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Map<String, String> form(String csrf, String part, int basedOn) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("year", "2569");
    f.put("part", part);
    f.put("basedOn", String.valueOf(basedOn));
    f.put("action", "save");
    return f;
  }

  @Test
  void theSecretaryTheCkoAndTheChairEditOthersAreTurnedAway() {
    for (String user : List.of("secretary", "cko", "chair")) {
      HttpResponse<String> r = server.browser().loggedInAs(user).get(EDIT + "?year=2569&part=goals");
      assertEquals(200, r.statusCode(), user);
      assertTrue(r.body().contains("เป้าหมาย KM"), user);
      assertTrue(r.body().contains("value=\"บุคลากรมีความรู้ในการปฏิบัติงาน\""), "the goal's title is in its field");
      assertTrue(r.body().contains("id=\"f-goals-0-activities-1-target\""), "each field has its anchor");
    }
    for (String user : List.of("head", "staff", "other")) {
      assertEquals(403, server.browser().loggedInAs(user).get(EDIT).statusCode(), user);
    }
    Browser english = server.browser().loggedInAs("secretary");
    assertTrue(english.get(EDIT + "?year=2569&part=goals&lang=en").body().contains("Save as a new draft version"));
  }

  @Test
  void eachSaveIsANewVersionAndAnOlderFormIsRefused() {
    Browser b = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(b.get(EDIT + "?year=2569&part=goals"));
    Map<String, String> withoutToken = form("", "goals", 1);
    withoutToken.remove("_csrf");
    withoutToken.put(GOAL_TITLE, "แก้โดยไม่มีโทเคน");
    assertEquals(403, b.postForm(EDIT, withoutToken).statusCode());

    Map<String, String> f = form(csrf, "goals", 1);
    f.put(GOAL_TITLE, "บุคลากรมีความรู้และทักษะในการปฏิบัติงาน");
    HttpResponse<String> saved = b.postForm(EDIT, f);
    assertEquals(303, saved.statusCode(), saved.body());
    HttpResponse<String> after = b.get(saved.headers().firstValue("Location").orElseThrow());
    assertTrue(after.body().contains("บันทึกแผนเป็นร่างฉบับที่ 2 แล้ว"), after.body());
    assertTrue(after.body().contains("value=\"บุคลากรมีความรู้และทักษะในการปฏิบัติงาน\""));

    f.put(GOAL_TITLE, "อีกคนแก้จากฉบับที่ 1");
    HttpResponse<String> stale = b.postForm(EDIT, f);
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("มีผู้บันทึกฉบับที่ 2 ไปก่อนแล้ว"), stale.body());

    HttpResponse<String> versions = b.get("/organizations/ban-waen/plan?year=2569");
    assertTrue(versions.body().contains("id=\"version-2\""));
    assertFalse(versions.body().contains("id=\"version-3\""), "the refused form saved nothing");
  }

  @Test
  void aBadFieldIsShownAtItsFieldAndNothingIsSaved() {
    Browser b = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(b.get(EDIT + "?year=2569&part=goals"));
    Map<String, String> f = form(csrf, "goals", 1);
    f.put("f:goals[0].number", "หนึ่ง");
    HttpResponse<String> r = b.postForm(EDIT, f);
    assertEquals(422, r.statusCode());
    assertTrue(r.body().contains("href=\"#f-goals-0-number\""), "the error links to its field");
    assertTrue(r.body().contains("ต้องเป็นตัวเลข"));

    Map<String, String> month = form(csrf, "goals", 1);
    month.put("f:goals[0].activities[0].period.months.start", "2025-13");
    HttpResponse<String> badMonth = b.postForm(EDIT, month);
    assertEquals(422, badMonth.statusCode());
    assertTrue(badMonth.body().contains("goals[0].activities[0].period.months.start"), badMonth.body());
    assertFalse(b.get("/organizations/ban-waen/plan?year=2569").body().contains("id=\"version-2\""));
  }

  @Test
  void theCheckerRunsOnDemandWithoutSavingAndLinksEachFindingToItsField() {
    Browser b = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(b.get(EDIT + "?year=2569&part=goals"));
    Map<String, String> f = form(csrf, "goals", 1);
    f.put("action", "check");
    f.put("f:goals[0].activities[0].period.text", "วันที่ 68 เดือน มีนาคม");
    HttpResponse<String> r = b.postForm(EDIT, f);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("ผลการตรวจแผน (ยังไม่ได้บันทึก)"));
    assertTrue(r.body().contains("part=goals#f-goals-0-activities-0\""), r.body());
    assertFalse(b.get("/organizations/ban-waen/plan?year=2569").body().contains("id=\"version-2\""));
  }

  @Test
  void theRuleBuilderSaysWhatIsCountedAndPreviewsTheValue() {
    HttpResponse<String> r = server.browser().loggedInAs("secretary").get(EDIT + "?year=2569&part=goals");
    assertTrue(r.body().contains("id=\"f-goals-0-activities-0-indicators-0-rule\""), r.body());
    assertTrue(r.body().contains("สิ่งที่จะนับ:</strong> นับจำนวน"), "the rule in Thai words");
    assertTrue(r.body().contains("ค่าจากบันทึกปีนี้:"));
  }

  @Test
  void anItemIsAddedAndRemovedAsNewVersions() {
    Browser b = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(b.get(EDIT + "?year=2569&part=scopes"));
    Map<String, String> add = form(csrf, "scopes", 1);
    add.put("add", "scopes");
    assertEquals(303, b.postForm(EDIT, add).statusCode());
    String page = b.get(EDIT + "?year=2569&part=scopes").body();
    assertTrue(page.contains("id=\"f-scopes-1\""), "a second scope, copied from the template's example");

    Map<String, List<String>> remove = new LinkedHashMap<>();
    form(csrf, "scopes", 2).forEach((k, v) -> remove.put(k, List.of(v)));
    remove.put("remove", List.of("scopes[1]"));
    assertEquals(303, b.postFormValues(EDIT, remove).statusCode());
    assertFalse(b.get(EDIT + "?year=2569&part=scopes").body().contains("id=\"f-scopes-1\""));
  }

  @Test
  void aNewYearStartsAsACopyOfLastYearOrFromTheTemplate() {
    Browser b = server.browser().loggedInAs("secretary");
    HttpResponse<String> start = b.get(EDIT + "?year=2570");
    assertEquals(200, start.statusCode());
    assertTrue(start.body().contains("คัดลอกจากแผนปี พ.ศ. 2569"), start.body());
    String csrf = Browser.csrfOf(start);
    HttpResponse<String> copied = b.postForm(EDIT + "/start", Map.of("_csrf", csrf, "year", "2570", "how", "copy"));
    assertEquals(303, copied.statusCode(), copied.body());
    String goals = b.get(EDIT + "?year=2570&part=goals").body();
    assertTrue(goals.contains("value=\"บุคลากรมีความรู้ในการปฏิบัติงาน\""), "the goals are copied");
    assertTrue(goals.contains("ต.ค. ๒๕๖๙"), "the periods move on a year");
    assertEquals(409, b.postForm(EDIT + "/start", Map.of("_csrf", csrf, "year", "2570", "how", "copy")).statusCode());

    HttpResponse<String> template = b.postForm(EDIT + "/start", Map.of("_csrf", csrf, "year", "2571", "how", "template"));
    assertEquals(303, template.statusCode(), template.body());
    String steps = b.get(EDIT + "?year=2571&part=stepDescriptions").body();
    assertTrue(steps.contains("องค์กรมีวิสัยทัศน์"), "the seven steps' standard text");
    String rules = b.get(EDIT + "?year=2571&part=monitoringRules").body();
    assertTrue(rules.contains("ภายใน ๑๖ วัน") || rules.contains("ภายใน ๑๕ วัน"), rules);
    assertEquals(400, b.postForm(EDIT + "/start", Map.of("_csrf", csrf, "year", "2572", "how", "guess")).statusCode());
  }

  @Test
  void twoVersionsAreComparedPartByPartInThai() {
    Browser b = server.browser().loggedInAs("secretary");
    String csrf = Browser.csrfOf(b.get(EDIT + "?year=2569&part=goals"));
    Map<String, String> f = form(csrf, "goals", 1);
    f.put("f:goals[0].activities[1].target", "พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๑๐ คน");
    assertEquals(303, b.postForm(EDIT, f).statusCode());
    HttpResponse<String> diff = b.get("/organizations/ban-waen/plan/compare?year=2569&a=1&b=2");
    assertEquals(200, diff.statusCode());
    assertTrue(diff.body().contains("id=\"diff-goals\""));
    assertTrue(diff.body().contains("เป้าหมาย KM 1 › กิจกรรม 2 › เป้าหมาย"), diff.body());
    assertTrue(diff.body().contains("<ins>พนักงานเข้าร่วมอบรมไม่น้อยกว่า ๑๐ คน</ins>"));
    assertFalse(diff.body().contains("id=\"diff-scopes\""), "an unchanged part is not listed");
    assertTrue(b.get("/organizations/ban-waen/plan?year=2569").body().contains("id=\"compare-form\""));
  }

  @Test
  void approvalAsksForConfirmationAndTheListNamesTheApprover() {
    Browser cko = server.browser().loggedInAs("cko");
    HttpResponse<String> list = cko.get("/organizations/ban-waen/plan?year=2569");
    assertTrue(list.body().contains("id=\"approve-1\""));
    assertFalse(list.body().contains("method=\"post\" action=\"/organizations/ban-waen/plan/versions/1/approve"), "no one-click approval");
    HttpResponse<String> confirm = cko.get("/organizations/ban-waen/plan/versions/1/approve?year=2569");
    assertEquals(200, confirm.statusCode());
    assertTrue(confirm.body().contains("อนุมัติแผนฉบับที่ 1 หรือไม่"));
    assertEquals(403, server.browser().loggedInAs("secretary").get("/organizations/ban-waen/plan/versions/1/approve?year=2569").statusCode());
    HttpResponse<String> approved =
        cko.postForm("/organizations/ban-waen/plan/versions/1/approve?year=2569", Map.of("_csrf", Browser.csrfOf(confirm)));
    assertEquals(303, approved.statusCode());
    String after = cko.get("/organizations/ban-waen/plan?year=2569").body();
    assertTrue(after.contains("<td class=\"approved-by\">cko</td>"), after);
  }
}
