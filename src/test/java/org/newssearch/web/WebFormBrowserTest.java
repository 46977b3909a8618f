package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The web form in Debian's headless Chromium, driven by Selenium, against the real server over the
 * web fixture. JavaScript stays on in the browser, so a script that slipped through escaping would run.
 * Skips when chromium or chromedriver is not installed ({@code .ci/run} installs them).
 */
class WebFormBrowserTest {

  /** Debian's paths; -Dnewssearch.chromium=... and -Dnewssearch.chromedriver=... point elsewhere. */
  private static final Path CHROMIUM = Path.of(System.getProperty("newssearch.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("newssearch.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CEASEFIRE = "停火";

  private static WebFixture fixture;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "headless browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    fixture = new WebFixture();
    profile = Files.createTempDirectory("newssearch-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,1300", "--lang=en-US", "--hide-scrollbars");
    // The driver binary is given, so Selenium Manager never looks for one on the (closed) network.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Opens a page showing every article ({@code group=none}): the fixture's rounds of talks are copies
   * of one another, and most tests here are about listing, not folding (which has its own test).
   */
  private static void open(String pathAndQuery) {
    boolean search = pathAndQuery.startsWith("/?") && !pathAndQuery.contains("group=");
    browser.get(fixture.base() + pathAndQuery + (search ? "&group=none" : ""));
  }

  private static String enc(String value) {
    return HttpClientForTests.enc(value);
  }

  private static long total() {
    String text = browser.findElement(By.cssSelector(".summary .total")).getText();
    return Long.parseLong(text.substring(0, text.indexOf(' ')));
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static WebElement facet(String dim, String value) {
    return browser.findElements(By.cssSelector("aside .facet-" + dim + " a")).stream()
        .filter(a -> a.getText().strip().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("no facet link " + dim + "=" + value + " among " + texts("aside a")));
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** The pages a reader moves between, with a chart, facets listed whole and an article. */
  private static final List<String> PAGES = List.of("/", "/?q=" + enc(CEASEFIRE) + "&compare=" + enc("乌克兰"),
      "/?q=" + enc(CEASEFIRE) + "&all=source", "/articles/fx001?q=" + enc(CEASEFIRE), "/help", "/no-such-page");

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 390})
  void everyPageFitsTheWindowWithNothingSpillingOver(int width) throws Exception {
    browser.manage().window().setSize(new Dimension(width, 1300));
    try {
      for (String page : PAGES) {
        open(page);
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long windowWidth = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as(() -> page + " at " + width + " px; too wide: " + browser.executeScript("""
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
            """)).isLessThanOrEqualTo(windowWidth);
        screenshot("width-" + width + "-" + PAGES.indexOf(page));
      }
      open("/?q=" + enc(CEASEFIRE));
      WebElement sidebar = browser.findElement(By.cssSelector("aside.facets"));
      WebElement hits = browser.findElement(By.cssSelector("ol.hits, ul.hits, li.hit"));
      if (width < 600) { // one column: the facets above or below the hits, as wide as the page
        assertThat(sidebar.getRect().getWidth()).isGreaterThan(width * 3 / 4);
      } else { // side by side
        assertThat(sidebar.getRect().getX()).isLessThan(hits.getRect().getX());
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1300));
    }
  }

  @Test
  void everyControlHasALabelAndTheKeyboardReachesEveryOne() throws Exception {
    open("/?q=" + enc(CEASEFIRE) + "&compare=" + enc("乌克兰") + "&all=source");
    List<WebElement> controls = browser.findElements(By.cssSelector(
        "a[href], input:not([type=hidden]), select, button, summary"));
    for (WebElement control : controls) {
      String name = (String) browser.executeScript("""
          const e = arguments[0];
          if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
          if (e.labels && e.labels.length) return e.labels[0].innerText;
          return e.innerText || e.textContent || '';""", control);
      assertThat(name.strip()).as("label of " + control.getAttribute("outerHTML")).isNotEmpty();
    }
    Set<String> reached = new HashSet<>();
    browser.executeScript("document.activeElement && document.activeElement.blur()");
    for (int i = 0; i < 2 * controls.size(); i++) { // a date box takes a stop for each of its fields
      new Actions(browser).sendKeys(Keys.TAB).perform();
      reached.add((String) browser.executeScript("return document.activeElement.outerHTML"));
    }
    for (WebElement control : controls) {
      if (control.isDisplayed()) {
        assertThat(reached).as("Tab reaches " + control.getAttribute("outerHTML")).contains(control.getAttribute("outerHTML"));
      }
    }
  }

  @Test
  void typingAQueryShowsTheTotalTheTimeAndHitsWithMarkedSnippets() throws Exception {
    open("/");
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys(CEASEFIRE);
    submitForm(); // the form's URL is redirected to the clean permalink: wait for that page, not the form's
    assertThat(browser.getCurrentUrl()).contains("q=" + enc(CEASEFIRE)).doesNotContain("from=");
    // The form folds copies: the fixture's rounds of talks are one story, told in several outlets.
    String summary = browser.findElement(By.cssSelector(".summary")).getText();
    assertThat(summary).matches("13 stories in " + CEASEFIRE_TOTAL + " articles \\(\\d+ ms\\) · page 1 of 2");
    List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
    assertThat(hits).hasSize(10);
    assertThat(texts("li.hit .copies")).isNotEmpty().allMatch(copies -> copies.matches("and \\d+ cop(y|ies) in: .+"));
    assertThat(browser.findElement(By.cssSelector("p.grouping a")).getText()).isEqualTo("show every copy");
    for (WebElement hit : hits) {
      assertThat(hit.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText))
          .as(hit.getText()).isNotEmpty().allMatch(CEASEFIRE::equals);
      assertThat(hit.findElement(By.cssSelector(".meta .source")).getText()).isNotBlank();
      assertThat(hit.findElement(By.cssSelector(".meta .date")).getText()).startsWith("2025-0");
    }
    assertThat(browser.findElement(By.name("q")).getDomProperty("value")).isEqualTo(CEASEFIRE);
    screenshot("search");
  }

  private static final int CEASEFIRE_TOTAL = WebFixture.CEASEFIRE_ZH;

  @Test
  void aFacetNarrowsTheResultsAndClickingItAgainWidensThem() {
    open("/?q=" + enc(CEASEFIRE));
    follow(facet("source", "中央社"));
    assertThat(total()).isEqualTo(5);
    assertThat(texts("li.hit .meta .source")).hasSize(5).containsOnly("中央社");
    assertThat(facet("source", "中央社").getDomAttribute("class")).isEqualTo("selected");
    assertThat(texts(".chips li")).containsExactly("source: 中央社 ×");
    follow(facet("source", "中央社"));
    assertThat(total()).isEqualTo(CEASEFIRE_TOTAL);
    assertThat(browser.findElements(By.cssSelector(".chips li"))).isEmpty();
  }

  @Test
  void aLanguageFacetNarrowsAndItsAnyLinkWidens() {
    open("/?q=" + enc("乌克兰 OR ceasefire OR перемирие OR вогню"));
    long all = total();
    follow(facet("lang", "English")); // languages by their names; the URL keeps the tag
    assertThat(browser.getCurrentUrl()).contains("lang=en");
    assertThat(total()).isEqualTo(4);
    assertThat(texts("li.hit .meta .lang")).containsOnly("English");
    follow(browser.findElement(By.linkText("any language")));
    assertThat(total()).isEqualTo(all);
  }

  @Test
  void changingTheDateRangeInTheFormKeepsTheQueryAndTheFilters() {
    open("/?q=" + enc(CEASEFIRE) + "&source=" + enc("新华网"));
    assertThat(total()).isEqualTo(10);
    setDate("from", "2025-02-01");
    setDate("to", "2025-02-28");
    submitForm();
    assertThat(browser.getCurrentUrl()).contains("from=2025-02-01").contains("to=2025-02-28")
        .contains("source=" + enc("新华网"));
    assertThat(total()).isEqualTo(3);
    assertThat(texts("li.hit .meta .date")).allMatch(d -> d.startsWith("2025-02-"));
    follow(browser.findElement(By.linkText("any date")));
    assertThat(total()).isEqualTo(10);
  }

  @Test
  void choosingNewestFirstOrdersTheHitsByDateAndKeepsTheChoiceInTheForm() {
    open("/?q=" + enc(CEASEFIRE) + "&source=" + enc("中央社"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("sort"))).selectByVisibleText("Newest first");
    submitForm();
    assertThat(browser.getCurrentUrl()).contains("sort=date");
    assertThat(texts("li.hit .meta .date")).containsExactly("2025-03-17 20:00 +08:00", "2025-02-19 20:00 +08:00",
        "2025-02-16 20:00 +08:00", "2025-01-18 20:00 +08:00", "2025-01-15 20:00 +08:00");
    assertThat(browser.findElement(By.cssSelector("select[name=sort] option[selected]")).getText()).isEqualTo("Newest first");
  }

  /** Types a date the way a user does: the date field takes the digits in the browser's locale order. */
  /** Submits the search form and waits until the next page has replaced this one. */
  private static void submitForm() {
    follow(browser.findElement(By.cssSelector("form.search button[type=submit]")));
  }

  /** Clicks a link or button that loads a page, and waits until that page has replaced this one. */
  private static void follow(WebElement element) {
    WebElement page = browser.findElement(By.tagName("html"));
    element.click();
    var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10));
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    // A submitted form is redirected to its clean URL: wait until the page at the end of it has loaded.
    wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState"))
        && !browser.getCurrentUrl().matches(".*[?&][a-z]+=(&.*)?$"));
  }

  private static void setDate(String name, String iso) {
    WebElement input = browser.findElement(By.name(name));
    input.sendKeys(iso.substring(5, 7) + iso.substring(8, 10) + iso.substring(0, 4)); // en-US: mm dd yyyy
    assertThat(input.getDomProperty("value")).isEqualTo(iso);
  }

  @Test
  void openingAnArticleShowsItsWholeTextMarkedWithProvenanceAndLeadsBack() throws Exception {
    open("/?q=" + enc(CEASEFIRE) + "&source=" + enc("联合早报") + "&sort=date_asc");
    String results = browser.getCurrentUrl();
    WebElement first = browser.findElement(By.cssSelector("li.hit a.title"));
    String title = first.getText();
    follow(first);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title).isEqualTo("评论:停火之后的乌克兰重建(1)");
    assertThat(texts("article mark")).containsExactly(CEASEFIRE, CEASEFIRE);
    assertThat(texts("article .body p")).containsExactly(
        "联合早报评论 停火只是第一步,乌克兰的重建需要数年时间。", "欧洲国家承诺提供资金,但金额仍有争议。");
    assertThat(browser.findElement(By.cssSelector("dd.source")).getText()).isEqualTo("联合早报");
    assertThat(browser.findElement(By.cssSelector("dd.file")).getText()).isEqualTo("articles.jsonl:11");
    assertThat(browser.findElement(By.cssSelector("dd.url a")).getDomAttribute("href")).startsWith("https://example.org/");
    screenshot("article");
    follow(browser.findElement(By.partialLinkText("Back to the results")));
    assertThat(browser.getCurrentUrl()).isEqualTo(results);
  }

  @Test
  void followingPaginationVisitsEveryHitOnceAndComesBack() {
    open("/?q=" + enc(CEASEFIRE));
    List<List<String>> pages = new ArrayList<>();
    pages.add(texts("li.hit a.title"));
    follow(browser.findElement(By.cssSelector("nav.pages a[rel=next]")));
    pages.add(texts("li.hit a.title"));
    assertThat(browser.getCurrentUrl()).endsWith("&page=2");
    assertThat(browser.findElement(By.cssSelector("ol.hits")).getDomAttribute("start")).isEqualTo("11");
    follow(browser.findElement(By.cssSelector("nav.pages a[rel=next]")));
    pages.add(texts("li.hit a.title"));
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).endsWith("page 3 of 3");
    assertThat(browser.findElements(By.cssSelector("nav.pages a[rel=next]"))).isEmpty();
    assertThat(pages.stream().map(List::size)).containsExactly(10, 10, 1);
    assertThat(new HashSet<>(pages.stream().flatMap(List::stream).toList())).hasSize(CEASEFIRE_TOTAL);
    follow(browser.findElement(By.cssSelector("nav.pages a[rel=prev]")));
    assertThat(texts("li.hit a.title")).isEqualTo(pages.get(1));
  }

  @Test
  void reopeningAPermalinkGivesTheSamePage() {
    open("/?q=" + enc(CEASEFIRE) + "&size=4&compare=ceasefire");
    follow(facet("source", "新华网"));
    follow(browser.findElement(By.cssSelector("nav.pages a[rel=next]")));
    String permalink = browser.getCurrentUrl();
    String page = pageText();
    assertThat(page).contains("10 articles").contains("page 2 of 3");
    browser.manage().deleteAllCookies();
    browser.get("about:blank");
    browser.get(permalink);
    assertThat(browser.getCurrentUrl()).isEqualTo(permalink);
    assertThat(pageText()).isEqualTo(page);
  }

  /** What the page shows, less the time the search took (the one thing that may differ). */
  private static String pageText() {
    return browser.findElement(By.tagName("body")).getText().replaceAll("\\(\\d+ ms\\)", "(ms)")
        + browser.findElement(By.name("q")).getDomProperty("value");
  }

  @Test
  void anArticleWhoseTextCarriesScriptShowsItAsText() throws Exception {
    open("/?q=" + enc("注入测试"));
    WebElement hit = browser.findElement(By.cssSelector("li.hit a.title"));
    assertThat(hit.getText()).isEqualTo("注入测试 <script>document.title='pwned'</script> 停火");
    follow(hit);
    assertThat(browser.getTitle()).isEqualTo("注入测试 <script>document.title='pwned'</script> 停火 - newssearch");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("article b, article img"))).isEmpty();
    assertThat(texts("article .body p")).containsExactly(
        "这篇文章的正文含有脚本 <script>document.body.innerHTML='pwned'</script> 和 <b>粗体</b> 标记,停火。",
        "第二段 <img src=x onerror=alert(1)> 结束。");
    screenshot("script-as-text");
  }

  @Test
  void comparingQueriesDrawsOneSeriesPerQueryOnOneChart() throws Exception {
    open("/?q=" + enc(CEASEFIRE));
    browser.findElement(By.cssSelector("details.compare summary")).click();
    List<WebElement> compare = browser.findElements(By.name("compare"));
    compare.get(0).sendKeys("ceasefire");
    compare.get(1).sendKeys("перемирие");
    compare.get(1).submit();
    assertThat(texts(".legend li")).containsExactly("停火 (21 dated)", "ceasefire (4 dated)", "перемирие (2 dated)");
    List<String> series = browser.findElements(By.cssSelector("svg.attention rect.bar")).stream()
        .map(r -> r.getDomAttribute("data-series")).distinct().toList();
    assertThat(series).containsExactly("0", "1", "2");
    // the numbers table: Jan, Feb, Mar 2025, each with three queries and the total
    assertThat(browser.findElements(By.cssSelector("figure.chart table tbody tr"))).hasSize(3);
    screenshot("compare");
    WebElement februaryBar = browser.findElements(By.cssSelector("svg.attention a")).get(1);
    follow(februaryBar.findElement(By.cssSelector("rect")));
    assertThat(browser.getCurrentUrl()).contains("from=2025-02-01").contains("to=2025-02-28");
    assertThat(texts("li.hit .meta .date")).isNotEmpty().allMatch(d -> d.startsWith("2025-02-"));
  }

  @Test
  void aBadQueryAndAnEmptyOneGetAMessageOnThePage() throws Exception {
    open("/");
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys("\"停火");
    submitForm();
    assertThat(browser.findElement(By.cssSelector(".message.error")).getText()).startsWith("This search cannot run: cannot parse query");
    assertThat(browser.findElement(By.name("q")).getDomProperty("value")).isEqualTo("\"停火");
    screenshot("bad-query");
    open("/?q=" + enc("完全不存在"));
    assertThat(browser.findElement(By.cssSelector(".message.empty")).getText()).startsWith("No article matches “完全不存在”.");
  }
}
