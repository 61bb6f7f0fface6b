package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/**
 * A reader finds a published manual in a real browser by a word that is only inside its DOCX
 * attachment, in the middle of a sentence, opens it from the results, and the asset's access
 * count goes up by one. Screenshots go to {@code target/screenshots/}.
 */
class KnowledgeSearchBrowserTest {
  /** Only in the attachment, inside a sentence: "…ยื่นคำร้องขอคืนค่าธรรมเนียมที่กองคลัง…". */
  private static final String WORD = "ค่าธรรมเนียม";

  @TempDir static Path folder;
  private static Database database;
  private static TestServer server;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;
  private static String asset;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start(500, 844, Duration.ofSeconds(30));
    driver = browser.driver();
    // Headless Chromium keeps a window at least 500 px wide: a phone's 390 px is emulated.
    browser.emulate(390, 844, true);
    database = Database.open(DatabaseLocation.embedded(folder));
    Clock clock = Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND);
    database.planStore(clock).saveDraft(TestPlans.banWaen());
    database.planStore(clock).saveDraft(TestPlans.other());
    KnowledgeStore store = database.knowledgeStore(clock);
    Actor by = Actor.of("secretary");
    FiscalYear year = FiscalYear.ofBuddhistYear(2569);
    KnowledgeDraft manual =
        KnowledgeDraft.builder()
            .title("คู่มือการคืนเงิน")
            .body("ขั้นตอนตามแบบฟอร์มที่แนบ")
            .kind(AssetKind.WORK_MANUAL)
            .division(TestPlans.FINANCE)
            .build();
    asset = saved(store.create(TestPlans.ORG, year, manual, by));
    KnowledgeStore.Attached attached =
        store.attach(TestPlans.ORG, year, asset, "แบบคำร้อง.docx", docx("ผู้ประกอบการยื่นคำร้องขอคืน" + WORD + "ที่กองคลังภายในสามสิบวัน"), by);
    assertInstanceOf(KnowledgeStore.Attached.Stored.class, attached, attached.toString());
    for (Transition t : new Transition[] {Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH}) {
      saved(store.move(TestPlans.ORG, year, asset, 1, t, Set.of(PublicationChannel.WEBSITE), by));
    }
    server = TestServer.start(database);
    driver.get(server.uri("/login").toString());
    driver.findElement(By.id("username")).sendKeys("staff");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    browser.waitFor(() -> driver.getCurrentUrl().endsWith("/overview"), "the overview after signing in");
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static String saved(KnowledgeWrite w) {
    return assertInstanceOf(KnowledgeWrite.Saved.class, w, w.toString()).content().assetId();
  }

  private static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The asset's accesses as the assets page shows them. */
  private static long accesses() {
    driver.get(server.uri("/organizations/ban-waen/assets").toString());
    WebElement row = driver.findElement(By.id("asset-" + asset));
    return Long.parseLong(row.findElement(By.cssSelector("td.value")).getText().strip());
  }

  @Test
  void aReaderFindsTheManualByAWordInsideItsAttachmentOpensItAndItsAccessesGoUp() {
    long before = accesses();

    driver.get(server.uri("/organizations/ban-waen/knowledge/search").toString());
    driver.findElement(By.id("search-q")).sendKeys(WORD);
    driver.findElement(By.cssSelector("form.knowledge-search button[type=submit]")).click();
    browser.waitFor(() -> !driver.findElements(By.id("hit-" + asset)).isEmpty(), "the manual among the hits");
    WebElement hit = driver.findElement(By.id("hit-" + asset));
    assertEquals(WORD, hit.findElement(By.cssSelector("p.snippet mark")).getText());
    long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
    assertTrue(scroll <= 390, "the results fit 390 px: " + scroll);
    browser.screenshot("knowledge-search-390.png");

    // The public portal finds it the same way and opens it, which counts the read.
    driver.get(server.uri("/public/ban-waen/knowledge/search?q=" + java.net.URLEncoder.encode(WORD, java.nio.charset.StandardCharsets.UTF_8)).toString());
    browser.waitFor(() -> !driver.findElements(By.id("hit-" + asset)).isEmpty(), "the manual on the portal");
    driver.findElement(By.cssSelector("#hit-" + asset + " a")).click();
    browser.waitFor(() -> driver.getCurrentUrl().contains("/public/ban-waen/knowledge/" + asset), "the manual's portal page");
    browser.screenshot("knowledge-search-opened.png");

    assertEquals(before + 1, accesses(), "opening the manual counts one access");
  }
}
