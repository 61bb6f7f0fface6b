package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import th.km.core.plan.KmPlan;

/**
 * The secretary imports the plan in a real browser (Debian's headless Chromium, as in {@link
 * ChromiumTest}): uploads the plan as a Word file (written with POI from the shipped plan's text),
 * reads the review, corrects a goal's title and saves a new draft version. Screenshots go to {@code target/screenshots/}.
 */
class PlanImportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static TestServer server;
  private static ChromeDriverService service;
  private static WebDriver driver;
  private static Path profile;
  private static Path uploads;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String why = CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver; ./run-tests does it)";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and the browser test cannot run: " + why);
      }
      Assumptions.abort("browser test skipped: " + why);
    }
    server = TestServer.start();
    profile = Files.createTempDirectory("km-chromium-profile");
    uploads = Files.createTempDirectory("km-uploads");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.close();
    }
    for (Path dir : new Path[] {profile, uploads}) {
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  @Test
  void theSecretaryUploadsThePlanCorrectsAGoalAndSavesADraft() throws IOException {
    Path document = uploads.resolve("แผน-km-2569.docx");
    Files.write(document, Docx.of(Multipart.banWaenText()));
    int versionsBefore = server.plans().versions(TestPlans.ORG, TestPlans.FY2569).size();

    driver.get(server.uri("/organizations/ban-waen/plan/import").toString());
    waitFor(() -> driver.getCurrentUrl().contains("/login"), "the login page");
    driver.findElement(By.id("username")).sendKeys("secretary");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    waitFor(() -> driver.getCurrentUrl().endsWith("/plan/import"), "the upload form");
    assertEquals("นำเข้าแผนจากเอกสาร", driver.findElement(By.tagName("h1")).getText());

    driver.findElement(By.id("file")).sendKeys(document.toAbsolutePath().toString());
    assertEquals("ban-waen", driver.findElement(By.id("code")).getAttribute("value"), "the organization's own code");
    screenshot("import-upload.png");
    driver.findElement(By.cssSelector("form.upload button[type=submit]")).click();

    waitFor(() -> driver.getCurrentUrl().contains("/plan/import/review?draft="), "the review page");
    assertEquals("ตรวจทานแผนที่นำเข้า", driver.findElement(By.tagName("h1")).getText());
    assertTrue(
        driver.findElement(By.id("summary")).getText().startsWith("เทศบาลตำบลบ้านแหวน (ban-waen), FY B.E. 2569: 4 goals"),
        driver.findElement(By.id("summary")).getText());
    String issues = driver.findElement(By.cssSelector("aside.review-issues")).getText();
    assertTrue(issues.contains("ส่วนที่อ่านไม่เข้าใจ"), issues);
    assertTrue(issues.contains("ย่อหน้าที่") || issues.contains("ตารางที่"), "placed in the Word file: " + issues);
    assertTrue(issues.contains("ORG_NAME_VARIANT"), "the checker's findings beside the plan");
    screenshot("import-review.png");

    WebElement title = driver.findElement(By.id("f-goal-1-title"));
    title.clear();
    title.sendKeys("ข้าราชการมีความรู้ความเข้าใจเรื่องการจัดการความรู้ (แก้ไขแล้ว)");
    driver.findElement(By.id("save-draft")).click();

    waitFor(() -> driver.getCurrentUrl().endsWith("/organizations/ban-waen/plan?year=2569"), "the versions page");
    String notice = driver.findElement(By.cssSelector("p.notice")).getText();
    assertTrue(notice.contains("ฉบับที่ " + (versionsBefore + 1)), notice);
    assertTrue(driver.findElement(By.id("version-" + (versionsBefore + 1))).getText().contains("ร่าง"), "a draft");
    screenshot("import-saved.png");

    KmPlan stored = server.plans().latest(TestPlans.ORG, TestPlans.FY2569).orElseThrow().plan();
    assertEquals("ข้าราชการมีความรู้ความเข้าใจเรื่องการจัดการความรู้ (แก้ไขแล้ว)", stored.goal(1).orElseThrow().title());
    assertEquals(4, stored.goals().size());
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("waited " + PATIENCE.toSeconds() + " s for " + what + "; at " + driver.getCurrentUrl());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + what);
      }
    }
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
