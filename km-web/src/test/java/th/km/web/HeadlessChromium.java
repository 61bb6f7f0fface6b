package th.km.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for the browser tests (paths
 * given, so Selenium never looks for or downloads a driver). Under CI a missing browser fails the
 * test; on a developer's machine without it the test is skipped and says why. Screenshots are kept
 * under {@code target/screenshots} for a person to look at.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final Duration patience;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile, Duration patience) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.patience = patience;
  }

  /** Starts the browser with a window of the size, or skips (fails under CI) when it is missing. */
  static HeadlessChromium start(int width, int height, Duration patience) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String why = CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver; ./run-tests does it)";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and the browser test cannot run: " + why);
      }
      Assumptions.abort("browser test skipped: " + why);
    }
    Path profile = Files.createTempDirectory("km-chromium-profile");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(patience);
    return new HeadlessChromium(service, driver, profile, patience);
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Shows pages as a device of the width does: the viewport that width in CSS pixels, with the
   * page's viewport meta tag honoured as on a phone when {@code mobile}.
   */
  void emulate(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Waits until the condition holds, failing with what was awaited and where the browser is. */
  void waitFor(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("waited " + patience.toSeconds() + " s for " + what + "; at " + driver.getCurrentUrl());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + what);
      }
    }
  }

  /** Keeps a screenshot of the viewport under target/screenshots. */
  void screenshot(String name) {
    try {
      Path file = SCREENSHOTS.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    service.stop();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
