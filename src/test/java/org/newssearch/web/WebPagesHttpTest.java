package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** The HTML pages over real HTTP, without a browser: status codes, headers, escaping. */
class WebPagesHttpTest {

  private static WebFixture fixture;
  private static HttpClientForTests http;

  @BeforeAll
  static void start() throws Exception {
    fixture = new WebFixture();
    http = new HttpClientForTests(fixture.server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  void everyPageDeclaresUtf8AndForbidsScripts() throws Exception {
    for (String path : java.util.List.of("/", "/?q=" + enc("停火"), "/articles/fx001", "/help", "/?q=" + enc("\"停火"))) {
      HttpResponse<String> page = http.get(path);
      assertThat(page.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=utf-8");
      assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
          .contains("default-src 'none'").contains("script-src 'none'").contains("style-src 'self'");
      assertThat(page.body()).as(path).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
          .doesNotContainIgnoringCase("<script");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/?q=x&from=&to=&interval=&compare=&compare=&sort=relevance | /?q=x&sort=relevance",
      "/?q=+x+&lang=en&lang=en                                   | /?q=x&lang=en",
      "/?lang=en&q=x&utm_source=mail                              | /?q=x&lang=en",
  })
  void aSubmittedFormOrAnUntidyUrlIsRedirectedToItsCleanPermalink(String untidy, String clean) throws Exception {
    HttpResponse<String> response = http.get(untidy.strip());
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue(clean.strip());
    assertThat(http.get(clean.strip()).statusCode()).isEqualTo(200); // and the clean one is served as it is
  }

  @Test
  void languagesAreShownByTheirOwnNamesWhileLinksKeepTheTags() throws Exception {
    String page = http.get("/?q=").body() + http.get("/?lang=zh-Hant&lang=uk&q=" + enc("停火 OR вогню")).body();
    assertThat(page).contains("&amp;lang=uk\" class=\"selected\" aria-current=\"true\" lang=\"zh-Hant\">中文（繁體）</a>")
        .contains(">Українська</a>").contains("<span class=\"lang\">中文（繁體）</span>")
        .contains("language: 中文（繁體）").doesNotContain(">zh-Hant<");
    assertThat(http.get("/articles/fx016").body()).contains("<dd class=\"lang\">中文（繁體）</dd>");
  }

  @Test
  void anArticleWhoseTextCarriesMarkupShowsItAsTextWithOnlyOurMarks() throws Exception {
    HttpResponse<String> page = http.get("/articles/fx028?q=" + enc("停火"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; <mark>停火</mark>")
        .contains("&lt;b&gt;粗体&lt;/b&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<b>", "<img", "<script");
  }

  @Test
  void theArticleViewMarksEveryMatchAndShowsProvenance() throws Exception {
    String body = http.get("/articles/fx011?q=" + enc("停火") + "&source=" + enc("联合早报")).body();
    assertThat(body).contains("<h1 lang=\"zh-Hans\">评论:<mark>停火</mark>之后的乌克兰重建(1)</h1>")
        .contains("<p>联合早报评论 <mark>停火</mark>只是第一步,乌克兰的重建需要数年时间。</p>")
        .contains("<dd class=\"source\">联合早报</dd>")
        .contains("<dd class=\"file\">articles.jsonl:11</dd>")
        .contains("<dd class=\"date\">2025-01-10 12:30 +08:00</dd>")
        .contains("href=\"/?q=%E5%81%9C%E7%81%AB&amp;source=%E8%81%94%E5%90%88%E6%97%A9%E6%8A%A5\">\u2190 Back to the results");
  }

  @Test
  void aSimplifiedQueryMarksTheTraditionalCharactersOfTheArticle() throws Exception {
    assertThat(http.get("/articles/fx016?q=" + enc("乌克兰")).body())
        .contains("<mark>烏克蘭</mark>停火談判");
  }

  @Test
  void aBadQueryIsA400PageThatKeepsTheQueryAndSaysWhatIsAccepted() throws Exception {
    HttpResponse<String> page = http.get("/?q=" + enc("\"停火"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("This search cannot run: cannot parse query")
        .contains("value=\"&#34;停火\"").contains("accepted: words, \"phrases\"");
  }

  @Test
  void aBadDateIsA400PageNamingTheDate() throws Exception {
    HttpResponse<String> page = http.get("/?q=x&from=yesterday");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("bad date from=yesterday").contains("value=\"yesterday\"");
  }

  @Test
  void noMatchesGetAMessageAndALinkWithoutTheFilters() throws Exception {
    HttpResponse<String> page = http.get("/?q=" + enc("停火") + "&lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("No article matches \u201c停火\u201d under these filters.")
        .contains("<a href=\"/?q=%E5%81%9C%E7%81%AB\">Search again without the source, language and date filters</a>");
  }

  @Test
  void anUnknownArticleIsA404PageNotJson() throws Exception {
    HttpResponse<String> page = http.get("/articles/nope?q=x");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("No article has the id \u201cnope\u201d").contains("href=\"/?q=x\"");
  }

  @Test
  void theResultsLinkToTheSameSearchInTheApiAndToBothExports() throws Exception {
    String body = http.get("/?q=" + enc("停火") + "&compare=ceasefire&source=" + enc("新华网") + "&page=2&size=5").body();
    String q = enc("停火");
    String source = enc("新华网");
    // 新华网's matches span 77 days, so the chart (and its JSON link) counts per week
    assertThat(body)
        .contains("href=\"/api/search?q=" + q + "&amp;source=" + source + "&amp;size=5&amp;page=2&amp;group=copies\"")
        .contains("href=\"/api/timeline?q=" + q + "&amp;q=ceasefire&amp;source=" + source
            + "&amp;group=copies&amp;interval=week\"")
        .contains("href=\"/api/export?format=csv&amp;q=" + q + "&amp;source=" + source + "\"")
        .contains("href=\"/api/export?format=jsonl&amp;q=" + q + "&amp;source=" + source + "\"");
  }

  @Test
  void twoTickedSourcesMeanEitherAndEachUntickLinkRemovesOnlyItself() throws Exception {
    String q = enc("停火");
    String body = http.get("/?q=" + q + "&source=" + enc("新华网") + "&source=" + enc("中央社")).body();
    assertThat(body).contains(" in 15 articles</strong>") // the form folds copies: so many stories in 15 articles
        .contains("<a href=\"/?q=" + q + "&amp;source=" + enc("中央社") + "\" class=\"selected\" aria-current=\"true\">新华网</a>")
        .contains("<a href=\"/?q=" + q + "&amp;source=" + enc("新华网") + "\" class=\"selected\" aria-current=\"true\">中央社</a>")
        .contains("<a class=\"plain\" href=\"/?q=" + q + "\">any source</a>");
  }

  @Test
  void theHelpPageDocumentsTheSyntax() throws Exception {
    String body = http.get("/help").body();
    assertThat(body).contains("\"peace talks\"~5").contains(" OR ").contains("NOT").contains("title:")
        .contains("source:").contains("lang:").contains("negotiat*").contains("A run of Chinese characters is searched as a <em>phrase</em>");
  }

  @Test
  void theStylesheetComesFromTheServerItself() throws Exception {
    HttpResponse<String> css = http.get(StaticAssets.STYLESHEET);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body()).contains("mark {").doesNotContain("http");
  }
}
