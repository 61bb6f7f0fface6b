package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.km.core.audit.AuditEntry;
import th.km.core.plan.DivisionCode;
import th.km.core.records.AccessEvent;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;

/**
 * The two kinds that came only from the records folder, accesses to knowledge and the M&amp;E
 * committee's reports, are corrected, deleted and restored like every other kind, over the demo's
 * H2 database: on the pages (the record page's button, the prefilled form, a stale save's 409, the
 * deletion, the deleted records and the restore, each in the audit log), in the API (PUT, PATCH and
 * DELETE with If-Match), for the roles allowed only, and the access indicators count the hits as
 * corrected and leave a deleted access out.
 */
class AccessAndReportCorrectionsTest {

  private static final String ORG = DemoSite.ORG;
  private static final String API = DemoSite.API;

  @RegisterExtension final DemoSite site = new DemoSite();

  @Test
  void anAccessIsCorrectedDeletedAndRestoredOnThePagesAndTheIndicatorFollows() {
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    AccessEvent access = site.records().accessEvents().get(0);
    String id = access.id();
    Set<String> indicators = counting(secretary, id);
    assertFalse(indicators.isEmpty(), "an indicator counts the access " + id);
    Map<String, Long> counted = values(secretary, indicators);

    String record = secretary.get(ORG + "/records/" + id).body();
    assertTrue(record.contains("id=\"correct-record\""), "the record page offers a correction");
    assertTrue(record.contains("/record/knowledge-access?id=" + id), record);
    assertTrue(record.contains("id=\"delete-record\""), "and a delete button");

    String form = secretary.get(ORG + "/record/knowledge-access?id=" + id).body();
    assertTrue(form.contains("name=\"id\" value=\"" + id + "\""), form);
    assertTrue(form.contains("name=\"version\" value=\"0\""), form);
    assertTrue(form.contains("<option value=\"" + access.assetId() + "\" selected>"), "the asset chosen");
    assertTrue(form.contains("name=\"hits\" type=\"text\" inputmode=\"numeric\" value=\"" + access.hits() + "\""), form);

    long corrected = access.hits() + 7;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("_csrf", csrf);
    values.put("id", id);
    values.put("version", "0");
    values.put("assetId", access.assetId());
    values.put("channel", access.channel().name());
    values.put("date", access.date().toString());
    values.put("hits", Long.toString(corrected));
    int accesses = site.records().accessEvents().size();
    HttpResponse<String> saved = secretary.form(ORG + "/record/knowledge-access", values);
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals(corrected, stored(id).orElseThrow().hits());
    assertEquals(accesses, site.records().accessEvents().size(), "corrected, not added");
    Map<String, Long> after = values(secretary, indicators);
    counted.forEach((indicator, n) -> assertEquals(n + 7, after.get(indicator), indicator + " counts the corrected hits"));
    AuditEntry correction = site.audit("access_event.correct", id).get(0);
    assertTrue(correction.before().orElseThrow().contains("\"hits\":" + access.hits()), correction.toString());
    assertTrue(correction.after().orElseThrow().contains("\"hits\":" + corrected), correction.toString());
    assertEquals("secretary", correction.actor().name());

    values.put("hits", "1");
    HttpResponse<String> stale = secretary.form(ORG + "/record/knowledge-access?lang=en", values);
    assertEquals(409, stale.statusCode(), "a form made from version 0 after the correction");
    assertTrue(stale.body().contains("Someone else saved record " + id + " first"), stale.body());
    assertEquals(corrected, stored(id).orElseThrow().hits(), "nothing overwritten");
    HttpResponse<String> staleThai = secretary.form(ORG + "/record/knowledge-access?lang=th", values);
    assertTrue(staleThai.body().contains("มีผู้อื่นบันทึกรายการ " + id + " ก่อนแล้ว"), staleThai.body());

    assertEquals(200, secretary.get(ORG + "/delete-record?id=" + id).statusCode());
    HttpResponse<String> gone =
        secretary.form(ORG + "/delete-record",
            Map.of("_csrf", csrf, "id", id, "version", "1", "reason", "นับซ้ำกับยอดของเดือน"));
    assertEquals(303, gone.statusCode(), gone.body());
    assertTrue(stored(id).isEmpty(), "left out of the year");
    Map<String, Long> without = values(secretary, indicators);
    counted.forEach((indicator, n) ->
        assertEquals(n - access.hits(), without.get(indicator), indicator + " drops the deleted access's hits"));
    assertTrue(site.audit("access_event.delete", id).get(0).after().orElseThrow().contains("นับซ้ำกับยอดของเดือน"));

    String deleted = secretary.get(ORG + "/deleted-records").body();
    assertTrue(deleted.contains(id) && deleted.contains("นับซ้ำกับยอดของเดือน"), deleted);
    HttpResponse<String> back =
        secretary.form(ORG + "/deleted-records/restore", Map.of("_csrf", csrf, "id", id));
    assertEquals(303, back.statusCode(), back.body());
    assertEquals(corrected, stored(id).orElseThrow().hits());
    assertEquals(1, site.audit("access_event.restore", id).size());
    assertEquals(after, values(secretary, indicators), "counted again");
  }

  @Test
  void anMAndEReportIsCorrectedByTheCommitteeDeletedAndRestoredOnThePages() {
    DemoClient chair = site.client();
    String csrf = chair.signIn("chair", site.password("chair"));
    EvaluationReport report = newReport(chair, csrf);
    String id = report.id();

    assertTrue(chair.get(ORG + "/records/" + id).body().contains("/record/evaluation-report?id=" + id));
    String form = chair.get(ORG + "/record/evaluation-report?id=" + id).body();
    assertTrue(form.contains("value=\"" + report.recipient() + "\""), form);
    assertTrue(form.contains(report.recommendations().get(0)), form);

    Map<String, String> values = new LinkedHashMap<>();
    values.put("_csrf", csrf);
    values.put("id", id);
    values.put("version", "0");
    values.put("submittedOn", "25/3/2569");
    values.put("recipient", report.recipient());
    values.put("recommendations", "เร่งรัดการจัดทำคู่มือ\n\n  ติดตามรายงานผลการอบรม  ");
    HttpResponse<String> saved = chair.form(ORG + "/record/evaluation-report", values);
    assertEquals(303, saved.statusCode(), saved.body());
    EvaluationReport now = report(id).orElseThrow();
    assertEquals("2026-03-25", now.submittedOn().toString());
    assertEquals(java.util.List.of("เร่งรัดการจัดทำคู่มือ", "ติดตามรายงานผลการอบรม"), now.recommendations());
    AuditEntry correction = site.audit("evaluation_report.correct", id).get(0);
    assertEquals("chair", correction.actor().name());
    assertTrue(correction.after().orElseThrow().contains("ติดตามรายงานผลการอบรม"), correction.toString());

    HttpResponse<String> stale = chair.form(ORG + "/record/evaluation-report?lang=en", values);
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("Someone else saved record " + id + " first"), stale.body());

    HttpResponse<String> gone =
        chair.form(ORG + "/delete-record?lang=th",
            Map.of("_csrf", csrf, "id", id, "version", "1", "reason", "เสนอผิดฉบับ"));
    assertEquals(303, gone.statusCode(), gone.body());
    assertTrue(report(id).isEmpty());
    assertEquals("chair", site.audit("evaluation_report.delete", id).get(0).actor().name());

    DemoClient secretary = site.client();
    String secretaryCsrf = secretary.signIn("secretary", site.password("secretary"));
    assertEquals(403, chair.get(ORG + "/deleted-records").statusCode(), "only the secretary restores");
    String deleted = secretary.get(ORG + "/deleted-records").body();
    assertTrue(deleted.contains(id) && deleted.contains("เสนอผิดฉบับ"), deleted);
    HttpResponse<String> back =
        secretary.form(ORG + "/deleted-records/restore", Map.of("_csrf", secretaryCsrf, "id", id));
    assertEquals(303, back.statusCode(), back.body());
    assertEquals("2026-03-25", report(id).orElseThrow().submittedOn().toString());
    assertEquals(1, site.audit("evaluation_report.restore", id).size());
  }

  @Test
  void theApiCorrectsAndDeletesBothKindsWithIfMatch() {
    DemoClient secretary = site.client();
    String csrf = secretary.signIn("secretary", site.password("secretary"));
    AccessEvent access = site.records().accessEvents().get(1);
    String path = API + "/records/" + access.id();

    assertEquals(428, secretary.send("PATCH", path, "{\"hits\": 3}", csrf, null).statusCode());
    HttpResponse<String> patched = secretary.send("PATCH", path, "{\"hits\": 3}", csrf, "\"0\"");
    assertEquals(200, patched.statusCode(), patched.body());
    assertEquals(1, ApiSchemas.tree(patched.body()).get("version").asInt());
    assertEquals(3, stored(access.id()).orElseThrow().hits());
    assertEquals(access.channel(), stored(access.id()).orElseThrow().channel(), "the rest kept");

    String whole =
        "{\"assetId\": \"" + access.assetId() + "\", \"channel\": \"LEAFLET\", \"date\": \""
            + access.date() + "\", \"hits\": 4}";
    HttpResponse<String> stale = secretary.send("PUT", path, whole, csrf, "\"0\"");
    assertEquals(409, stale.statusCode(), stale.body());
    JsonNode problem = JsonAssert.hasBothLanguages(stale.body());
    assertEquals(1, problem.get("current").get("version").asInt());
    HttpResponse<String> put = secretary.send("PUT", path, whole, csrf, "\"1\"");
    assertEquals(200, put.statusCode(), put.body());
    assertEquals("LEAFLET", stored(access.id()).orElseThrow().channel().name());
    HttpResponse<String> zero = secretary.send("PATCH", path, "{\"hits\": 0}", csrf, "\"2\"");
    assertEquals(422, zero.statusCode(), zero.body());
    JsonAssert.hasBothLanguages(zero.body());

    HttpResponse<String> deleted =
        secretary.send("DELETE", path, "{\"reason\": \"ซ้ำ\"}", csrf, "\"2\"");
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertTrue(stored(access.id()).isEmpty());
    JsonNode list = ApiSchemas.tree(secretary.get(API + "/deleted-records").body());
    assertEquals(access.id(), list.get(0).get("id").asText(), list.toString());

    EvaluationReport report = newReport(secretary, csrf);
    String reportPath = API + "/records/" + report.id();
    HttpResponse<String> recipient =
        secretary.send("PATCH", reportPath, "{\"recipient\": \"นายกเทศมนตรี\"}", csrf, "\"0\"");
    assertEquals(200, recipient.statusCode(), recipient.body());
    assertEquals("นายกเทศมนตรี", report(report.id()).orElseThrow().recipient());
    assertEquals(report.recommendations(), report(report.id()).orElseThrow().recommendations(), "kept");
    HttpResponse<String> reportDeleted =
        secretary.send("DELETE", reportPath, "{\"reason\": \"ผิดฉบับ\"}", csrf, "\"1\"");
    assertEquals(200, reportDeleted.statusCode(), reportDeleted.body());
    assertEquals(1, site.audit("evaluation_report.delete", report.id()).size());
  }

  @Test
  void onlyTheRolesAllowedCorrectOrDeleteThem() {
    DivisionCode own = site.account("head").division().orElseThrow();
    AccessEvent ofOwn = accessOf(own, true);
    AccessEvent ofOther = accessOf(own, false);
    DemoClient secretary = site.client();
    EvaluationReport report = newReport(secretary, secretary.signIn("secretary", site.password("secretary")));
    DemoClient head = site.client();
    String csrf = head.signIn("head", site.password("head"));

    HttpResponse<String> allowed =
        head.send("PATCH", API + "/records/" + ofOwn.id(), "{\"hits\": 2}", csrf, "\"0\"");
    assertEquals(200, allowed.statusCode(), "the head of the asset's division: " + allowed.body());
    assertEquals(403, head.send("PATCH", API + "/records/" + ofOther.id(), "{\"hits\": 2}", csrf, "\"0\"").statusCode());
    assertEquals(403, head.send("DELETE", API + "/records/" + ofOther.id(), "{\"reason\": \"x\"}", csrf, "\"0\"").statusCode());
    assertFalse(head.get(ORG + "/records/" + ofOther.id()).body().contains("id=\"correct-record\""));
    assertEquals(403, head.get(ORG + "/record/evaluation-report?id=" + report.id()).statusCode());
    assertEquals(403, head.send("PATCH", API + "/records/" + report.id(), "{\"recipient\": \"x\"}", csrf, "\"0\"").statusCode());
    assertEquals(403, head.send("DELETE", API + "/records/" + report.id(), "{\"reason\": \"x\"}", csrf, "\"0\"").statusCode());
    assertFalse(head.get(ORG + "/records/" + report.id()).body().contains("id=\"delete-record\""));

    DemoClient cko = site.client();
    String ckoCsrf = cko.signIn("cko", site.password("cko"));
    assertEquals(403, cko.send("PATCH", API + "/records/" + ofOwn.id(), "{\"hits\": 2}", ckoCsrf, "\"1\"").statusCode(),
        "the CKO records no accesses");
    DemoClient staff = site.client();
    String staffCsrf = staff.signIn("staff", site.password("staff"));
    assertEquals(403, staff.send("PATCH", API + "/records/" + ofOwn.id(), "{\"hits\": 2}", staffCsrf, "\"1\"").statusCode());
    assertEquals(403, staff.get(ORG + "/record/knowledge-access?id=" + ofOwn.id()).statusCode());
    assertEquals(2, stored(ofOwn.id()).orElseThrow().hits(), "only the head's correction stored");
  }

  /** A new M&E report to the mayor, recorded through the API as the committee records one. */
  private EvaluationReport newReport(DemoClient client, String csrf) {
    HttpResponse<String> r =
        client.send("POST", API + "/evaluation-reports",
            "{\"submittedOn\": \"2569-03-20\", \"recipient\": \"นายกเทศมนตรีตำบลบ้านแหวน\","
                + " \"recommendations\": \"เร่งรัดคู่มือการปฏิบัติงาน\\nติดตามรายงานผลการอบรม\"}",
            csrf, null);
    assertEquals(201, r.statusCode(), r.body());
    return report(ApiSchemas.tree(r.body()).get("id").asText()).orElseThrow();
  }

  /** The first access to an asset of the division ({@code inside}) or of another one. */
  private AccessEvent accessOf(DivisionCode division, boolean inside) {
    return site.records().accessEvents().stream()
        .filter(e -> site.records().knowledgeAsset(e.assetId())
            .flatMap(KnowledgeAsset::division)
            .map(division::equals)
            .orElse(false) == inside)
        .findFirst()
        .orElseThrow();
  }

  /** The ids of the year's indicators that count the record. */
  private static Set<String> counting(DemoClient client, String id) {
    Set<String> indicators = new TreeSet<>();
    for (JsonNode r : ApiSchemas.tree(client.get(API + "/results").body()).get("results")) {
      for (JsonNode each : r.path("recordIds")) {
        if (each.asText().equals(id)) {
          indicators.add(r.get("id").asText());
        }
      }
    }
    return indicators;
  }

  /** The value of each of the indicators, as the API's results give it now. */
  private static Map<String, Long> values(DemoClient client, Set<String> indicators) {
    Map<String, Long> values = new TreeMap<>();
    for (JsonNode r : ApiSchemas.tree(client.get(API + "/results").body()).get("results")) {
      String id = r.get("id").asText();
      if (indicators.contains(id)) {
        values.put(id, r.path("numerator").isNumber() ? r.get("numerator").asLong() : r.get("value").asLong());
      }
    }
    return values;
  }

  private Optional<AccessEvent> stored(String id) {
    return site.records().accessEvents().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private Optional<EvaluationReport> report(String id) {
    return site.records().evaluationReports().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
