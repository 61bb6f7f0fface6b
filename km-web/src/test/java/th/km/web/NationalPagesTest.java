package th.km.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;
import th.km.core.evaluation.Evaluation;
import th.km.core.evaluation.Evaluator;
import th.km.core.evaluation.Status;
import th.km.core.plan.KmPlan;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.YearRecords;
import th.km.core.rollup.ProvinceGroup;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.EvaluationBatch;
import th.km.web.http.Routes;
import th.km.web.security.Access;

/**
 * The national and province pages and their API and downloads, over a batch evaluation stored in
 * a real (H2) database: Ban Waen with its records and Nong Khwai without, in Chiang Mai, and Pa
 * Sang in Lamphun, which could not be evaluated.
 */
class NationalPagesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
  /** Chiang Mai's province code: the plans name the province, and its code groups them. */
  private static final String CHIANG_MAI = "50";

  @TempDir static Path tmp;
  private static Database database;
  private static TestServer server;
  private static Evaluation banWaen;
  private static Evaluation nongKhwai;

  @BeforeAll
  static void storeABatchAndStart() {
    database = Database.open(DatabaseLocation.embedded(tmp));
    KmPlan other = TestPlans.other();
    banWaen = Evaluator.evaluate(TestPlans.banWaen(), TestYears.banWaenRecords(), AS_OF, TestYears.HOLIDAYS);
    nongKhwai =
        Evaluator.evaluate(
            other,
            YearRecords.builder().organization(other.organization().code()).fiscalYear(other.fiscalYear()).build(),
            AS_OF,
            TestYears.HOLIDAYS);
    Organization paSang =
        Organization.builder()
            .from(other.organization())
            .code(OrganizationCode.of("pa-sang"))
            .name("ป่าซาง")
            .province("ลำพูน")
            .build();
    try (EvaluationBatch batch =
        database.startEvaluationBatch(FiscalYear.ofBuddhistYear(2569), AS_OF, Clock.systemUTC())) {
      batch.add(TestPlans.banWaen().organization(), ProvinceGroup.of(TestPlans.banWaen().organization()), banWaen);
      batch.add(other.organization(), ProvinceGroup.of(other.organization()), nongKhwai);
      batch.failed(paSang, ProvinceGroup.of(paSang), LocalizedText.of("อ่านแผนไม่ได้", "the plan could not be read"));
      batch.store();
    }
    server = TestServer.start(database.storedResults());
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static List<String> codesInOrder(String page) {
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-code=\"([^\"]+)\">").matcher(page);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void theNationalPageIsPublicAndShowsEachProvinceLinkingToItsPage() {
    HttpResponse<String> r = server.browser().get("/national/2569");
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("ผลการดำเนินงานระดับประเทศ"), page);
    assertTrue(page.contains("การประเมินครั้งนี้มี 3 องค์กร ประเมินไม่ได้ 1 องค์กร"), page);
    assertTrue(page.contains("href=\"/national/2569/provinces/" + CHIANG_MAI + "\""), page);
    assertEquals(2, codesInOrder(page).size(), "two provinces");
    int met = banWaen.rollups().organization().count(Status.MET) + nongKhwai.rollups().organization().count(Status.MET);
    assertTrue(page.contains("<strong class=\"count\">" + met + "</strong>"), page);
    HttpResponse<String> english = server.browser().get("/national/2569?lang=en");
    assertTrue(english.body().contains("National results"), english.body());
    assertEquals(200, server.browser().loggedInAs("staff").get("/national/2569").statusCode());
  }

  @Test
  void theProvincePageListsItsOrganizationsLinkingToTheirPublicPagesSortedByAnyColumn() {
    String path = "/national/2569/provinces/" + CHIANG_MAI;
    String page = server.browser().get(path).body();
    assertEquals(List.of("ban-waen", "nong-khwai"), codesInOrder(page), "by name: บ้านแหวน, หนองควาย");
    assertTrue(page.contains("href=\"/public/ban-waen/2569\""), page);
    boolean banWaenMeetsMore =
        banWaen.rollups().organization().count(Status.MET) > nongKhwai.rollups().organization().count(Status.MET);
    assertTrue(banWaenMeetsMore, "the test needs Ban Waen to meet more indicators");
    assertEquals(List.of("nong-khwai", "ban-waen"), codesInOrder(server.browser().get(path + "?sort=met&order=asc").body()));
    assertEquals(List.of("ban-waen", "nong-khwai"), codesInOrder(server.browser().get(path + "?sort=met&order=desc").body()));
    assertTrue(server.browser().get(path + "?sort=met&order=desc").body().contains("aria-sort=\"descending\""));
    assertEquals(400, server.browser().get(path + "?sort=salary").statusCode());
    assertEquals(400, server.browser().get(path + "?order=sideways").statusCode());
    String lamphun = server.browser().get("/national/2569/provinces/51").body();
    assertTrue(lamphun.contains("ประเมินไม่ได้: อ่านแผนไม่ได้"), lamphun);
    assertEquals(404, server.browser().get("/national/2569/provinces/nowhere").statusCode());
    assertEquals(404, server.browser().get("/national/2570").statusCode());
    assertEquals(400, server.browser().get("/national/99").statusCode());
  }

  @Test
  void theApiAnswersTheRollupsTheirSumsAndTheOrganizations() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode nation = json.readTree(server.browser().get("/api/v1/national?year=2569").body());
    assertEquals(2569, nation.path("fiscalYear").asInt());
    assertEquals("2026-03-15", nation.path("asOf").asText());
    assertEquals(3, nation.path("organizations").asInt());
    assertEquals(1, nation.path("failed").asInt());
    assertEquals(banWaen.rollups().organization().plus(nongKhwai.rollups().organization()).total(),
        nation.path("counts").path("total").asInt());
    int sum = 0;
    for (JsonNode province : nation.path("rows")) {
      sum += province.path("counts").path("total").asInt();
    }
    assertEquals(nation.path("counts").path("total").asInt(), sum, "the provinces add up to the nation");
    JsonNode chiangMai = json.readTree(server.browser().get("/api/v1/national/provinces/" + CHIANG_MAI + "?year=2569&sort=total&order=desc").body());
    assertEquals("เชียงใหม่", chiangMai.path("name").asText());
    assertEquals(2, chiangMai.path("rows").size());
    for (JsonNode row : chiangMai.path("rows")) {
      Evaluation e = row.path("code").asText().equals("ban-waen") ? banWaen : nongKhwai;
      assertEquals(e.rollups().organization().count(Status.MET), row.path("counts").path("counts").path("MET").asInt());
      assertEquals(e.rollups().organization().total(), row.path("counts").path("total").asInt());
    }
    assertEquals(404, server.browser().get("/api/v1/national?year=2570").statusCode());
  }

  @Test
  void theDownloadsListEveryOrganizationAsCsvWithBomAndAsXlsx() throws IOException {
    HttpResponse<byte[]> csv = server.browser().getBytes("/api/v1/national/table?year=2569&format=csv");
    assertEquals(200, csv.statusCode());
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertEquals(4, text.strip().split("\r\n").length, text);
    assertTrue(text.contains("pa-sang,") && text.contains("ป่าซาง"), text);
    assertTrue(text.contains("อ่านแผนไม่ได้"), text);
    HttpResponse<byte[]> xlsx =
        server.browser().getBytes("/api/v1/national/provinces/" + CHIANG_MAI + "/table?year=2569&format=xlsx&sort=met&order=asc&lang=en");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("Indicators by organization", sheet.getSheetName());
      assertEquals(2, sheet.getLastRowNum());
      assertEquals("nong-khwai", sheet.getRow(1).getCell(0).getStringCellValue(), "sorted as asked");
      assertEquals(banWaen.rollups().organization().count(Status.MET), (int) sheet.getRow(2).getCell(2).getNumericCellValue());
    }
    assertEquals(400, server.browser().getBytes("/api/v1/national/table?year=2569&format=pdf").statusCode());
  }

  @Test
  void everyNationalRouteIsPublicAndInTheOpenApiDocument() throws IOException {
    List<Routes.Route> national = server.routes().stream().filter(r -> r.path().contains("national")).toList();
    assertEquals(6, national.size(), national.toString());
    assertTrue(national.stream().allMatch(r -> r.access() == Access.PUBLIC));
    JsonNode doc = new ObjectMapper().readTree(server.browser().get("/api/v1/openapi.json").body());
    assertTrue(doc.path("paths").has("/api/v1/national"));
    assertTrue(doc.path("paths").has("/api/v1/national/provinces/{province}/table"));
    assertTrue(doc.path("components").path("schemas").has("Rollup"));
  }
}
