package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report as a reader sees it: the sample study's report opened in headless Chromium at a
 * desktop width (1280 px) and a phone width (400 px), checked for text that overflows its box,
 * chart labels cut off at the edge of their chart, charts without a visible title or legend,
 * and errors in the browser's console. Screenshots of each width are saved under
 * {@code target/report-screenshots/} for people to look at.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} packages; {@code .ci/run}
 * installs them when absent. Selenium Manager is never asked for a driver: the driver and the
 * browser are named by path, so the test needs no network.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/report-screenshots");

  /** Lists text that overflows its box and boxes past the viewport's right edge. */
  static final String OVERFLOW = """
        const vw = document.documentElement.clientWidth;
        const problems = [];
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 70) + '"';
        const scrolls = el => {
          for (let p = el.parentElement; p; p = p.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
          }
          return false;
        };
        if (document.documentElement.scrollWidth > vw + 1) {
          problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth
              + ' px wide in a ' + vw + ' px viewport');
        }
        for (const el of document.body.querySelectorAll('*')) {
          if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.right > vw + 1 && !scrolls(el)) {
            problems.push('past the right edge (' + Math.round(r.right) + ' > ' + vw + ' px): '
                + describe(el));
          }
          const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
          if (text && style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
            problems.push('text overflows its box (' + el.scrollWidth + ' > ' + el.clientWidth
                + ' px): ' + describe(el));
          }
        }
        return problems;
        """;

  @TempDir static Path tmp;
  static ChromeDriver browser;
  static String url;
  /** The width the report is open at with every collapsed part opened, or 0. */
  static int loaded;

  @BeforeAll
  static void openTheReportInChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError("The report's browser test needs headless Chromium at "
          + CHROMIUM + " and its driver at " + CHROMEDRIVER + ": install Debian's packages with"
          + " 'apt-get install -y chromium chromium-driver' (.ci/run installs them when absent)");
    }
    Path report = tmp.resolve("report.html");
    Files.writeString(report, new Report(Study.ofSample(Catalog.defaults())).render());
    url = report.toUri().toString();
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--window-size=1280,900",
        "--user-data-dir=" + tmp.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // Selenium logs its own chatter through java.util.logging; tests print nothing on success.
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.OFF);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * Loads the report in a viewport of the given width, as a phone or a desktop shows it, with
   * every collapsed part opened, so what a reader can unfold is checked too.
   */
  static void open(int width) {
    if (loaded == width) {
      return;
    }
    viewport(width, 900);
    browser.get(url);
    awaitLoaded();
    browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    loaded = width;
  }

  /**
   * Waits until the page has been parsed and loaded: navigating to the page already shown can
   * return while the new document is still loading, and a script run then sees only its first
   * sections.
   */
  static void awaitLoaded() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"complete".equals(browser.executeScript("return document.readyState;"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the report did not finish loading within 30 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while the report loaded", e);
      }
    }
  }

  static void viewport(int width, int height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  @SuppressWarnings("unchecked")
  static List<String> problems(String script) {
    return (List<String>) browser.executeScript(script);
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 400})
  void noTextOverflowsItsBoxAndNothingRunsPastTheRightEdge(int width) {
    open(width);
    List<String> problems = problems(OVERFLOW);
    assertEquals(List.of(), problems, () -> "at " + width + " px");
  }

  /** Printed on A4 with the report's 14 mm margins: 182 mm, 688 CSS pixels across. */
  @Test
  void printedOnA4NothingRunsOffThePage() {
    open(688);
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertEquals(List.of(), problems(OVERFLOW));
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 400})
  void noChartLabelIsClippedOrCoversAnother(int width) {
    open(width);
    List<String> problems = problems("""
        const problems = [];
        for (const svg of document.querySelectorAll('svg.chart-svg')) {
          const box = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map(t => [t, t.getBoundingClientRect()]);
          for (const [t, r] of texts) {
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5
                || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
              problems.push(svg.id + ': label "' + t.textContent + '" is cut off by the chart'
                  + "'s edge");
            }
          }
          for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i][1], b = texts[j][1];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (x > 1 && y > 1) {
                problems.push(svg.id + ': label "' + texts[i][0].textContent + '" covers "'
                    + texts[j][0].textContent + '"');
              }
            }
          }
        }
        return problems;
        """);
    assertEquals(List.of(), problems, () -> "at " + width + " px");
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 400})
  void everyChartHasAVisibleTitleAndLegend(int width) {
    open(width);
    List<String> problems = problems("""
        const vw = document.documentElement.clientWidth;
        const problems = [];
        const visible = el => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= vw + 1
              && s.visibility !== 'hidden' && s.display !== 'none'
              && el.textContent.trim().length > 0;
        };
        const charts = document.querySelectorAll('svg.chart-svg');
        if (charts.length < 5) problems.push('only ' + charts.length + ' charts');
        for (const svg of charts) {
          const figure = svg.closest('figure');
          if (!figure) { problems.push(svg.id + ': not in a figure'); continue; }
          if (!visible(figure.querySelector('figcaption .chart-title'))) {
            problems.push(svg.id + ': no visible title');
          }
          const entries = [...figure.querySelectorAll('ul.legend > li')];
          if (entries.length === 0 || !entries.every(visible)) {
            problems.push(svg.id + ': no visible legend');
          }
        }
        return problems;
        """);
    assertEquals(List.of(), problems, () -> "at " + width + " px");
  }

  @Test
  void theBrowserConsoleShowsNoErrors() {
    open(1280);
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .collect(Collectors.toList());
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 400})
  void screenshotsAreSavedForPeopleToLookAt(int width) throws IOException {
    viewport(width, 1600);
    browser.get(url);
    awaitLoaded();
    loaded = 0;
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.newDirectoryStream(SCREENSHOTS, "report-" + width + "px-*.png")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    // The top of the page, then the top of each section: one screen each, readable at full size.
    @SuppressWarnings("unchecked")
    List<String> sections = (List<String>) browser.executeScript(
        "return [...document.querySelectorAll('body > section[id]')].map(s => s.id);");
    List<String> shots = new java.util.ArrayList<>(List.of("top"));
    shots.addAll(sections);
    for (int i = 0; i < shots.size(); i++) {
      browser.executeScript(i == 0 ? "window.scrollTo(0, 0);"
          : "document.getElementById(arguments[0]).scrollIntoView();", shots.get(i));
      Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
          Map.of("format", "png"));
      Path file = SCREENSHOTS.resolve(String.format("report-%dpx-%02d-%s.png", width, i,
          shots.get(i)));
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      assertTrue(Files.size(file) > 1000, file::toString);
    }
    assertTrue(sections.size() >= 9, () -> "sections " + sections);
  }
}
