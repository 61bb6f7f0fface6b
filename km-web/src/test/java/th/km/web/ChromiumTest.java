package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person in a real browser: Debian's headless Chromium ({@link HeadlessChromium}).
 */
class ChromiumTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private static TestServer server;
  private static HeadlessChromium browser;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start(1280, 900, PATIENCE);
    driver = browser.driver();
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPersonSignsInSeesThePlanAndItsResultsAndThePublicSeesThemToo() {
    driver.get(server.uri("/organizations/ban-waen/committees").toString());
    waitFor(() -> driver.getCurrentUrl().contains("/login"), "the login page");
    assertEquals("เข้าสู่ระบบ", driver.findElement(By.tagName("h1")).getText());

    driver.findElement(By.id("username")).sendKeys("staff");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();

    waitFor(() -> driver.getCurrentUrl().endsWith("/organizations/ban-waen/committees"), "the committees page");
    assertEquals("คณะกรรมการ", driver.findElement(By.tagName("h1")).getText());
    String page = driver.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("คณะกรรมการจัดการความรู้"), page);
    assertTrue(page.contains("นายสมชาย ใจดี"), page);
    assertTrue(page.contains(TestPlans.HOSTILE_TEXT), "the plan's text shows as text");
    assertTrue(driver.findElement(By.cssSelector("header.top .user")).getText().contains("staff"));
    assertEquals(
        "rgba(11, 90, 122, 1)",
        driver.findElement(By.cssSelector("header.top")).getCssValue("background-color"),
        "the style sheet loads under the content security policy");
    screenshot("committees.png");

    driver.findElement(By.linkText("แผนปฏิบัติการ")).click();
    waitFor(() -> driver.getCurrentUrl().contains("/action-plan"), "the action plan");
    assertTrue(
        driver.findElements(By.cssSelector("svg.today-line")).stream().anyMatch(e -> e.isDisplayed()),
        "today's line is drawn");
    screenshot("action-plan.png");

    driver.findElement(By.cssSelector("a.lang")).click();
    waitFor(() -> driver.getCurrentUrl().contains("lang=en"), "the English page");
    assertEquals("KM action plan by month", driver.findElement(By.tagName("h1")).getText());
    driver.findElement(By.cssSelector("a.lang")).click();
    waitFor(() -> driver.getCurrentUrl().contains("lang=th"), "the Thai page again");

    driver.findElement(By.linkText("ภาพรวม")).click();
    waitFor(() -> driver.getCurrentUrl().contains("/overview"), "the overview");
    assertEquals("ภาพรวมผลการดำเนินงานตามแผน", driver.findElement(By.tagName("h1")).getText());
    WebElement notMet = driver.findElement(By.cssSelector("#attention-h + ul .badge"));
    assertEquals("ไม่บรรลุเป้าหมาย", notMet.getText(), "the most urgent comes first, in words");
    assertEquals("rgba(251, 230, 228, 1)", notMet.getCssValue("background-color"), "and in colour");
    WebElement bar = driver.findElement(By.cssSelector("svg.status-bar rect.status-met"));
    assertEquals("rgb(30, 123, 69)", bar.getCssValue("fill"), "the chart's bars are drawn in the status colours");
    assertTrue(bar.getSize().getWidth() > 20, "a bar segment has a width: " + bar.getSize());
    screenshot("overview.png");

    driver.findElement(By.linkText("การฝึกอบรม")).click();
    waitFor(() -> driver.getCurrentUrl().contains("/trainings"), "the trainings");
    WebElement first = driver.findElement(By.cssSelector("table.trainings tbody tr"));
    assertTrue(first.getText().contains(TestYears.OVERDUE_COURSE), first.getText());
    screenshot("trainings.png");

    driver.findElement(By.cssSelector("header.top form.inline button")).click();
    waitFor(() -> driver.getCurrentUrl().endsWith("/login"), "signed out");
    driver.get(server.uri("/public/ban-waen/2569").toString());
    assertEquals("ผลการดำเนินงานตามแผนการจัดการความรู้", driver.findElement(By.tagName("h1")).getText());
    String published = driver.findElement(By.tagName("main")).getText();
    assertTrue(published.contains(TestPlans.COMMITTEE_MEETINGS), "the results, without signing in");
    assertTrue(!published.contains(TestYears.PRASERT), "and no staff member's name");
    screenshot("public.png");
  }

  @Test
  void theSecretaryRecordsAnOverdueReportAndTheOverviewChanges() throws IOException {
    try (TestServer own = TestServer.start()) {
      driver.manage().deleteAllCookies();
      driver.get(own.uri("/login").toString());
      driver.findElement(By.id("username")).sendKeys("secretary");
      driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
      driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
      waitFor(() -> driver.getCurrentUrl().endsWith("/organizations/ban-waen/overview"), "the overview");
      String before = driver.findElement(By.cssSelector("#attention-h + ul")).getText();
      assertTrue(before.contains(TestYears.OVERDUE_COURSE) && before.contains("เลยกำหนดมาแล้ว 39 วัน"), before);
      screenshot("report-before.png");

      driver.findElement(By.linkText("การฝึกอบรม")).click();
      waitFor(() -> driver.getCurrentUrl().contains("/trainings"), "the trainings");
      driver.findElement(By.cssSelector("#training-t2 a.record-report")).click();
      waitFor(() -> driver.getCurrentUrl().contains("/record/training-report"), "the report form");
      assertEquals("t2", driver.findElement(By.id("f-trainingId")).getAttribute("value"), "the overdue training is chosen");
      WebElement submitted = driver.findElement(By.id("f-submittedOn"));
      submitted.clear();
      submitted.sendKeys("16/3/2569");
      driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
      waitFor(() -> driver.findElements(By.id("f-submittedOn-error")).size() == 1, "the message next to the date");
      assertEquals(
          "วันที่ 16 มีนาคม พ.ศ. 2569 ยังมาไม่ถึง (วันนี้คือ 15 มีนาคม พ.ศ. 2569)",
          driver.findElement(By.id("f-submittedOn-error")).getText());
      screenshot("report-form-error.png");
      submitted = driver.findElement(By.id("f-submittedOn"));
      submitted.clear();
      submitted.sendKeys("14/3/2569");
      driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();

      waitFor(() -> driver.getCurrentUrl().contains("/trainings") && !driver.getCurrentUrl().contains("/record/"), "the trainings again");
      assertTrue(driver.findElement(By.cssSelector("p.notice")).getText().startsWith("บันทึก"), "saved, it says");
      assertTrue(driver.findElement(By.id("training-t2")).getText().contains("ส่งล่าช้า"), "the report is late now, not missing");
      driver.findElement(By.linkText("ภาพรวม")).click();
      waitFor(() -> driver.getCurrentUrl().contains("/overview"), "the overview again");
      String after = driver.findElement(By.cssSelector("#attention-h + ul")).getText();
      assertTrue(!after.contains("เลยกำหนดมาแล้ว 39 วัน"), "no longer overdue: " + after);
      screenshot("report-after.png");
    }
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    browser.waitFor(condition, what);
  }

  private static void screenshot(String name) {
    browser.screenshot(name);
  }
}
