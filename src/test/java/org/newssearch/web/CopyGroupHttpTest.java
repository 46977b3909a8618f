package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.index.CopyTexts;
import org.newssearch.index.IndexBuilder;

/** {@code GET /api/articles/{id}} names the article's copy group and lists the group's other articles. */
class CopyGroupHttpTest {

  @TempDir
  static Path tmp;

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Object[] a : new Object[][] {
        {"original", "国际社会继续就四川芦山地震向中方表示慰问", CopyTexts.ORIGINAL, "2013-04-23", "cctv.com"},
        {"twin", "國際社會繼續就四川蘆山地震向中方表示慰問", CopyTexts.TRADITIONAL, "2013-04-24", "tw.example"},
        {"edited", "外国领导人慰问", CopyTexts.EDITED, "2013-04-25", "b.example"},
        {"same-topic", "外国领导人就四川芦山地震表示慰问", CopyTexts.SAME_TOPIC, "2013-04-21", "cctv.com"}}) {
      lines.add(json.writeValueAsString(Map.of("id", a[0], "title", a[1], "body", a[2], "date", a[3], "source", a[4],
          "lang", "zh")));
    }
    Path input = tmp.resolve("copies.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    new IndexBuilder(tmp.resolve("index"), 2).rebuild(List.of(input), (a, c, r) -> {});
    server = TestServer.start(tmp.resolve("index"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void anArticleListsTheOtherCopiesOfItsStoryEarliestFirst() throws Exception {
    JsonNode article = server.http().json("/api/articles/twin");
    assertThat(article.get("copyGroup").asText()).isEqualTo("original");
    List<String> ids = new ArrayList<>();
    article.get("copies").forEach(copy -> ids.add(copy.get("id").asText()));
    assertThat(ids).containsExactly("original", "edited");
    JsonNode first = article.get("copies").get(0);
    assertThat(first.get("title").asText()).isEqualTo("国际社会继续就四川芦山地震向中方表示慰问");
    assertThat(first.get("source").asText()).isEqualTo("cctv.com");
    assertThat(first.get("date").asText()).startsWith("2013-04-23");
  }

  @Test
  void anArticleWithoutCopiesIsItsOwnGroupWithNoCopies() throws Exception {
    JsonNode article = server.http().json("/api/articles/same-topic");
    assertThat(article.get("copyGroup").asText()).isEqualTo("same-topic");
    assertThat(article.get("copies")).isEmpty();
  }

  @Test
  void groupCopiesFoldsAStorysCopiesIntoItsBestHitWhichSaysWhereTheyRan() throws Exception {
    String q = "/api/search?q=" + HttpClientForTests.enc("芦山 地震") + "&sort=date_asc";
    JsonNode every = server.http().json(q);
    assertThat(ids(every)).containsExactly("same-topic", "original", "twin", "edited");
    assertThat(every.get("hits").get(1).get("copies").asLong()).isEqualTo(2); // known without grouping too
    assertThat(every.get("hits").get(1).get("copiesIn")).isEmpty();

    JsonNode stories = server.http().json(q + "&group=copies");
    assertThat(ids(stories)).containsExactly("same-topic", "original");
    assertThat(stories.get("total").asLong()).isEqualTo(4); // still the matching articles
    assertThat(stories.get("stories").asLong()).isEqualTo(2); // what the pages are numbered by
    assertThat(every.get("stories").isNull()).isTrue();
    JsonNode story = stories.get("hits").get(1);
    assertThat(story.get("copyGroup").asText()).isEqualTo("original");
    assertThat(story.get("copies").asLong()).isEqualTo(2);
    assertThat(story.get("copiesIn").toString()).isEqualTo("[\"tw.example\",\"b.example\"]");
    assertThat(stories.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void groupedPagesAreCutFromTheStoriesAndACursorIsRefused() throws Exception {
    String q = "/api/search?q=" + HttpClientForTests.enc("芦山 地震") + "&sort=date_asc&group=copies&size=1";
    assertThat(ids(server.http().json(q + "&page=2"))).containsExactly("original");
    assertThat(ids(server.http().json(q + "&page=3"))).isEmpty();
    var refused = server.http().get(q + "&cursor=abc");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("group=copies pages with page, not with cursor");
    assertThat(server.http().get(q.replace("group=copies", "group=stories")).body())
        .contains("bad group=stories").contains("accepted: copies (one hit per story), none (every article)");
  }

  @Test
  void theFormFoldsCopiesUnlessEveryCopyIsAskedForAndSaysWhereTheyRan() throws Exception {
    String page = server.http().get("/?q=" + HttpClientForTests.enc("芦山 地震") + "&sort=date_asc").body();
    assertThat(page).contains("<p class=\"copies\">and 2 copies in: tw.example, b.example</p>")
        .contains(">2 stories in 4 articles</strong>").contains(">show every copy</a>");
    assertThat(server.http().get("/?q=" + HttpClientForTests.enc("芦山 地震") + "&group=none").body())
        .contains(">one hit per story</a>").contains(">4 articles</strong>").doesNotContain("class=\"copies\"");
  }

  @Test
  void withGroupCopiesTheTimelineCountsEachStoryOnceOnTheDayItFirstRan() throws Exception {
    String q = "/api/timeline?interval=day&q=" + HttpClientForTests.enc("芦山 地震");
    JsonNode copies = server.http().json(q);
    assertThat(copies.get("buckets").toString())
        .isEqualTo("[\"2013-04-21\",\"2013-04-22\",\"2013-04-23\",\"2013-04-24\",\"2013-04-25\"]");
    assertThat(copies.get("series").get(0).get("counts").toString()).isEqualTo("[1,0,1,1,1]");
    JsonNode stories = server.http().json(q + "&group=copies");
    assertThat(stories.get("buckets").toString()).isEqualTo("[\"2013-04-21\",\"2013-04-22\",\"2013-04-23\"]");
    assertThat(stories.get("series").get(0).get("counts").toString()).isEqualTo("[1,0,1]");
    // the copies are flagged, so that a search can count or leave them out (flag:copy)
    assertThat(server.http().json("/api/search?q=" + HttpClientForTests.enc("-flag:copy 芦山")).get("total").asLong())
        .isEqualTo(2);
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @Test
  void theExportLeavesCopyGroupsOut() throws Exception {
    String export = server.http().get("/api/export?q=" + HttpClientForTests.enc("芦山") + "&format=jsonl").body();
    assertThat(export).contains("\"id\":\"twin\"").doesNotContain("copyGroup").doesNotContain("\"copies\"");
  }
}
