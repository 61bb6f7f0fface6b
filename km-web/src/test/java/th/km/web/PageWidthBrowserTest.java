package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page on a 390-px phone and a 1366-px laptop, in a real browser: the page is never wider than
 * the screen (a table scrolls inside its own box), the menu folds behind a button on the phone, and
 * a screenshot of each is kept under target/screenshots/widths for a person to look at.
 */
class PageWidthBrowserTest {

  private static final int PHONE = 390;
  private static final int LAPTOP = 1366;

  private static TestServer server;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    browser = HeadlessChromium.start(LAPTOP, 900, Duration.ofSeconds(20));
    driver = browser.driver();
    server = TestServer.start();
    driver.get(server.uri("/login").toString());
    driver.findElement(By.id("username")).sendKeys("secretary");
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
  }

  private static long pageWidth() {
    Object width =
        driver.executeScript(
            "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    return ((Number) width).longValue();
  }

  private static String shotName(int width, String path) {
    String name = path.replaceFirst("^/", "").replaceAll("[^A-Za-z0-9-]+", "_");
    return "widths/" + width + "/" + (name.isEmpty() ? "home" : name) + ".png";
  }

  @Test
  void noPageIsWiderThanAPhoneOrALaptop() {
    List<String> paths = PagePaths.of(server);
    assertTrue(paths.size() >= 15, "every page is visited: " + paths);
    List<String> tooWide = new ArrayList<>();
    for (int width : new int[] {PHONE, LAPTOP}) {
      browser.emulate(width, width == PHONE ? 844 : 900, width == PHONE);
      for (String path : paths) {
        driver.get(server.uri(path).toString());
        long page = pageWidth();
        if (page > width) {
          tooWide.add(path + " is " + page + " px wide at " + width + " px");
        }
        browser.screenshot(shotName(width, path));
      }
    }
    assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
  }

  @Test
  void onAPhoneTheMenuFoldsBehindAButtonAndTheStatusColumnIsReachable() {
    browser.emulate(PHONE, 844, true);
    driver.get(server.uri("/organizations/ban-waen/overview").toString());
    WebElement nav = driver.findElement(By.cssSelector("header.top nav"));
    assertFalse(nav.isDisplayed(), "the menu is folded");
    driver.findElement(By.cssSelector("label.menu-button")).click();
    assertTrue(nav.isDisplayed(), "the button opens it");
    browser.screenshot("widths/phone-menu-open.png");
    // The results table scrolls inside its box: its status cells are inside the page's width once
    // scrolled to, and the page itself does not scroll sideways.
    WebElement table = driver.findElement(By.cssSelector("#goal-1 table.results"));
    Object scrollable = driver.executeScript("return arguments[0].parentElement.scrollWidth >= arguments[0].parentElement.clientWidth;", table);
    assertEquals(Boolean.TRUE, scrollable);
    assertTrue(pageWidth() <= PHONE, "the page is " + pageWidth() + " px");
  }

  @Test
  void onALaptopTheMenuIsOpenAndHasNoButton() {
    browser.emulate(LAPTOP, 900, false);
    driver.get(server.uri("/organizations/ban-waen/overview").toString());
    assertTrue(driver.findElement(By.cssSelector("header.top nav")).isDisplayed());
    assertFalse(driver.findElement(By.cssSelector("label.menu-button")).isDisplayed());
  }
}
