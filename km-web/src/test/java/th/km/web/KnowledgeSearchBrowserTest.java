package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * The knowledge base in a real browser, through its pages only: the secretary writes a work
 * manual with a Mermaid flowchart (drawn by the shipped script under the page's CSP) and uploads
 * its DOCX form; the secretary reviews it, the CKO approves and publishes it; then a reader on a
 * 390-px phone finds it by a word that is only inside the attachment, in the middle of a sentence,
 * opens it from the portal, and the asset's access count goes up by one. Screenshots go to
 * {@code target/screenshots/}.
 */
class KnowledgeSearchBrowserTest {
  /** Only in the attachment, inside a sentence: "…ยื่นคำร้องขอคืนค่าธรรมเนียมที่กองคลัง…". */
  private static final String WORD = "ค่าธรรมเนียม";

  private static final Pattern ASSET = Pattern.compile("/knowledge/(asset-\\d+)");

  @TempDir static Path folder;
  private static Database database;
  private static TestServer server;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start(1366, 900, Duration.ofSeconds(30));
    driver = browser.driver();
    database = Database.open(DatabaseLocation.embedded(folder.resolve("db")));
    Clock clock = Clock.fixed(TestServer.AS_OF, WebConfig.THAILAND);
    database.planStore(clock).saveDraft(TestPlans.banWaen());
    database.planStore(clock).saveDraft(TestPlans.other());
    server = TestServer.start(database);
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

  private static void signIn(String username) {
    driver.manage().deleteAllCookies();
    driver.get(server.uri("/login").toString());
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    browser.waitFor(() -> !driver.getCurrentUrl().contains("/login"), username + " signed in");
  }

  /** Clicks and waits for the next page: the element clicked is gone from the document. */
  private static void clickThrough(By by) {
    WebElement element = driver.findElement(by);
    element.click();
    browser.waitFor(() -> gone(element), "the page after clicking " + by);
  }

  private static boolean gone(WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }

  private static Path docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return Files.write(folder.resolve("claim-form.docx"), out.toByteArray());
    }
  }

  /** The asset's accesses as the assets page shows them. */
  private static long accesses(String asset) {
    driver.get(server.uri("/organizations/ban-waen/assets").toString());
    WebElement row = driver.findElement(By.id("asset-" + asset));
    return Long.parseLong(row.findElement(By.cssSelector("td.value")).getText().strip());
  }

  private static void move(String asset, String transition) {
    driver.get(server.uri("/organizations/ban-waen/knowledge/" + asset + "?year=2569").toString());
    clickThrough(By.cssSelector("button[name=go][value=" + transition + "]"));
  }

  @Test
  void aManualWrittenAndUploadedInThePagesIsFoundByAWordInsideItsAttachmentAndItsReadsCount()
      throws IOException {
    signIn("secretary");
    driver.get(server.uri("/organizations/ban-waen/knowledge/new?year=2569").toString());
    driver.findElement(By.id("f-title")).sendKeys("คู่มือการคืนเงิน");
    driver.findElement(By.cssSelector("#f-kind option[value=WORK_MANUAL]")).click();
    driver.findElement(By.cssSelector("#f-division option[value=" + TestPlans.FINANCE.value() + "]")).click();
    driver.findElement(By.id("f-body")).sendKeys("ขั้นตอนตามแบบฟอร์มที่แนบ");
    driver.findElement(By.id("f-mermaid")).sendKeys("flowchart TD\n  A[รับคำร้อง] --> B[ตรวจสอบ]\n  B --> C[คืนเงิน]");
    clickThrough(By.cssSelector("form.knowledge-form button[type=submit]"));
    Matcher m = ASSET.matcher(driver.getCurrentUrl());
    assertTrue(m.find(), "the new asset's page: " + driver.getCurrentUrl());
    String asset = m.group(1);

    browser.waitFor(
        () -> "true".equals(driver.findElement(By.id("flowchart-drawing")).getAttribute("data-drawn")),
        "the flowchart drawn by the shipped Mermaid script");
    assertTrue(driver.findElement(By.cssSelector("#flowchart-drawing svg")).getText().contains("คืนเงิน"));
    driver.executeScript("document.getElementById('flowchart-drawing').scrollIntoView()");
    browser.screenshot("knowledge-manual-flowchart.png");

    Path form = docx("ผู้ประกอบการยื่นคำร้องขอคืน" + WORD + "ที่กองคลังภายในสามสิบวัน");
    driver.findElement(By.id("f-file")).sendKeys(form.toAbsolutePath().toString());
    clickThrough(By.cssSelector("form.upload button[type=submit]"));
    assertTrue(driver.getPageSource().contains("claim-form.docx"), "the attachment is listed");

    move(asset, "REVIEW");
    signIn("cko");
    move(asset, "APPROVE");
    move(asset, "PUBLISH");

    signIn("staff");
    // Headless Chromium keeps a window at least 500 px wide: a phone's 390 px is emulated.
    browser.emulate(390, 844, true);
    long before = accesses(asset);
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
    driver.get(server.uri("/public/ban-waen/knowledge/search?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8)).toString());
    browser.waitFor(() -> !driver.findElements(By.id("hit-" + asset)).isEmpty(), "the manual on the portal");
    driver.findElement(By.cssSelector("#hit-" + asset + " a")).click();
    browser.waitFor(() -> driver.getCurrentUrl().contains("/public/ban-waen/knowledge/" + asset), "the manual's portal page");
    browser.screenshot("knowledge-search-opened.png");

    assertEquals(before + 1, accesses(asset), "opening the manual counts one access");
  }
}
