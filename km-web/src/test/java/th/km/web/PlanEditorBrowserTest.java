package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
 * The secretary edits the plan in a real browser (Debian's headless Chromium, as in {@link
 * PlanImportBrowserTest}): opens {@code /plan/edit} on the goals, changes a goal's title and an
 * indicator's target in the rule builder, checks without saving and sees the rule's words and
 * preview and a checker finding whose link leads to its field, saves, finds the new draft version in
 * the versions list and the changes on the compare page. Screenshots go to {@code
 * target/screenshots/plan-edit-*.png}.
 */
class PlanEditorBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String TITLE = "บุคลากรมีความรู้และทักษะในการปฏิบัติงาน (แก้ไขในเบราว์เซอร์)";

  private static TestServer server;
  private static ChromeDriverService service;
  private static WebDriver driver;
  private static Path profile;

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
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void theSecretaryEditsAGoalAndATargetChecksSavesAndComparesTheVersions() throws IOException {
    int before = server.plans().versions(TestPlans.ORG, TestPlans.FY2569).size();
    driver.get(server.uri("/organizations/ban-waen/plan/edit?year=2569&part=goals").toString());
    waitFor(() -> driver.getCurrentUrl().contains("/login"), "the login page");
    driver.findElement(By.id("username")).sendKeys("secretary");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    waitFor(
        () -> !driver.getCurrentUrl().contains("/login") && driver.getCurrentUrl().contains("/plan/edit"),
        "the plan editor");
    // Signing in leads back to the editor's path; its goals are one part of it.
    driver.get(server.uri("/organizations/ban-waen/plan/edit?year=2569&part=goals").toString());
    waitFor(() -> !driver.findElements(By.id("f-goals-0-title")).isEmpty(), "the goals' fields");
    screenshot("plan-edit-open.png");

    WebElement title = driver.findElement(By.id("f-goals-0-title"));
    title.clear();
    title.sendKeys(TITLE);
    List<WebElement> targets =
        driver.findElements(By.cssSelector("input[id$='-rule-target-value'], input[id$='-rule-target-percent']"));
    assertFalse(targets.isEmpty(), "the rule builder has a target field");
    WebElement target = targets.get(0);
    String targetId = target.getAttribute("id");
    String newTarget = target.getAttribute("value").equals("7") ? "8" : "7";
    target.clear();
    target.sendKeys(newTarget);
    // A period no month can be read from: the checker's finding, linked to its activity.
    WebElement period = driver.findElement(By.id("f-goals-0-activities-0-period-text"));
    period.clear();
    period.sendKeys("วันที่ 68 เดือน มีนาคม");
    driver.findElement(By.id("check")).click();

    waitFor(() -> driver.getPageSource().contains("ผลการตรวจแผน (ยังไม่ได้บันทึก)"), "the check's findings");
    assertEquals(TITLE, driver.findElement(By.id("f-goals-0-title")).getAttribute("value"), "the form as typed");
    assertEquals(newTarget, driver.findElement(By.id(targetId)).getAttribute("value"));
    String rule = targetId.substring(0, targetId.indexOf("-rule-")) + "-rule";
    WebElement preview = driver.findElement(By.id(rule));
    assertTrue(preview.getText().contains("สิ่งที่จะนับ:"), preview.getText());
    assertTrue(preview.getText().contains("ค่าจากบันทึกปีนี้:"), preview.getText());
    List<WebElement> links =
        driver.findElements(By.cssSelector("#findings a[href*='#f-goals-0-activities-0']"));
    assertFalse(links.isEmpty(), "a finding linked to the activity: " + driver.findElement(By.id("findings")).getText());
    screenshot("plan-edit-checked.png");
    links.get(0).click();
    waitFor(() -> driver.getCurrentUrl().contains("#f-goals-0-activities-0"), "the finding's field");
    assertTrue(driver.findElement(By.id("f-goals-0-activities-0")).isDisplayed());

    // The link opened the stored version again: the two changes are made anew, and saved.
    WebElement again = driver.findElement(By.id("f-goals-0-title"));
    again.clear();
    again.sendKeys(TITLE);
    WebElement targetAgain = driver.findElement(By.id(targetId));
    targetAgain.clear();
    targetAgain.sendKeys(newTarget);
    driver.findElement(By.id("save")).click();
    int saved = before + 1;
    waitFor(() -> driver.getPageSource().contains("บันทึกแผนเป็นร่างฉบับที่ " + saved + " แล้ว"), "the saved notice");
    screenshot("plan-edit-saved.png");

    KmPlan stored = server.plans().latest(TestPlans.ORG, TestPlans.FY2569).orElseThrow().plan();
    assertEquals(TITLE, stored.goals().get(0).title());

    driver.get(server.uri("/organizations/ban-waen/plan?year=2569").toString());
    assertTrue(driver.findElement(By.id("version-" + saved)).getText().contains("ร่าง"), "the new draft is listed");
    screenshot("plan-edit-versions.png");

    driver.get(server.uri("/organizations/ban-waen/plan/compare?year=2569&a=" + before + "&b=" + saved).toString());
    String diff = driver.findElement(By.tagName("main")).getText();
    assertTrue(diff.contains(TITLE), "the new title on the compare page: " + diff);
    assertTrue(diff.contains(newTarget), "the new target on the compare page: " + diff);
    screenshot("plan-edit-compare.png");
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
