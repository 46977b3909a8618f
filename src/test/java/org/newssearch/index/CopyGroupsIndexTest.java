package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/**
 * Copy groups as the builder writes them: named by the earliest article of the story, the same on
 * one thread as on several, and joined by a copy added later.
 */
class CopyGroupsIndexTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void copiesShareTheGroupOfTheEarliestAndAnotherStoryOfTheTopicHasItsOwn() throws IOException {
    Map<String, String> groups = build(input("in", articles()), 2);
    assertThat(groups).containsEntry("original", "original").containsEntry("twin", "original")
        .containsEntry("edited", "original").containsEntry("truncated", "original")
        .containsEntry("same-topic", "same-topic").containsEntry("short", "short");
  }

  @Test
  void theGroupsAreTheSameOnOneThreadAsOnSeveral() throws IOException {
    Path input = input("in", articles());
    Map<String, String> one = build(input, 1);
    for (int threads : new int[] {2, 4}) {
      assertThat(build(input, threads)).as("%d threads", threads).isEqualTo(one);
    }
    // Rerun every ten minutes of the next days, listed from the last back: each joins the story first told.
    assertThat(one.get("rerun-0")).isEqualTo("same-topic");
    assertThat(one.get("rerun-29")).isEqualTo("same-topic");
  }

  @Test
  void anAddedCopyJoinsTheGroupAlreadyIndexedEvenWhenItIsDatedEarlier() throws IOException {
    Path index = tmp.resolve("index");
    IndexBuilder builder = new IndexBuilder(index, 2);
    builder.rebuild(List.of(input("in", articles())), (a, c, r) -> {});
    Map<String, Object> late = row("late-copy", "新标题：芦山地震", CopyTexts.EDITED, "2013-04-22", "late.example");
    Map<String, Object> unrelated = row("unrelated", "其他", "新华社消息：今天全国大部分地区天气晴好，气温回升，"
        + "北方地区有大风降温，南方部分地区有小到中雨，请公众注意防范。", "2013-04-22", "weather.example");
    builder.add(List.of(input("more", List.of(late, unrelated))), (a, c, r) -> {});
    Map<String, String> groups = groups(index);
    assertThat(groups).containsEntry("late-copy", "original").containsEntry("original", "original")
        .containsEntry("unrelated", "unrelated");
  }

  @Test
  void anAddedCopyMoreThanAWeekAfterTheStoryStartsItsOwnGroupAndAnUndatedOneJoins() throws IOException {
    Path index = tmp.resolve("index");
    IndexBuilder builder = new IndexBuilder(index, 2);
    builder.rebuild(List.of(input("in", articles())), (a, c, r) -> {});
    Map<String, Object> undated = row("undated-copy", "芦山地震", CopyTexts.ORIGINAL, "2013-04-22", "u.example");
    undated.remove("date");
    builder.add(List.of(input("later", List.of(row("month-later", "芦山地震", CopyTexts.EDITED, "2013-05-23", "m.example")))),
        (a, c, r) -> {});
    builder.add(List.of(input("undated", List.of(undated))), (a, c, r) -> {});
    assertThat(groups(index)).containsEntry("month-later", "month-later").containsEntry("undated-copy", "original");
  }

  @Test
  void aNewGenerationsCopiesJoinTheGroupsOfArticlesIndexedElsewhereAskedForWithinAWeekOfTheirDates() throws IOException {
    // As an addition to an OpenSearch cluster builds: only the new articles, grouped with the cluster's.
    Article elsewhere = new Article("original", "国际社会继续就四川芦山地震向中方表示慰问", CopyTexts.ORIGINAL,
        PublishedAt.parse("2013-04-23T09:00:00"), "cctv.com", null, null, null, "zh", "cluster", java.util.Set.of());
    List<IndexedArticles.Span> asked = new ArrayList<>();
    Path index = tmp.resolve("staging");
    new IndexBuilder(index, 2).rebuild(List.of(input("new", List.of(
            row("late-copy", "新标题：芦山地震", CopyTexts.EDITED, "2013-04-24 10:00:00", "late.example"),
            row("days-later", "芦山地震", CopyTexts.EDITED, "2013-04-29 10:00:00", "n.example")))),
        new RebuildPolicy(0, true, 1), (a, c, r) -> {}, (span, each) -> {
          asked.add(span);
          each.accept(elsewhere, "original");
        });
    long day = 86_400;
    long first = PublishedAt.parse("2013-04-24T10:00:00").localEpochSecond();
    assertThat(asked).containsExactly(new IndexedArticles.Span(false, List.of(new IndexedArticles.Range(first - 7 * day,
        first + 5 * day + 7 * day))));
    assertThat(groups(index)).containsOnlyKeys("late-copy", "days-later")
        .containsEntry("late-copy", "original").containsEntry("days-later", "original");
  }

  private List<Map<String, Object>> articles() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row("truncated", "芦山地震", CopyTexts.TRUNCATED, "2013-04-25", "c.example"));
    rows.add(row("edited", "外国领导人慰问", CopyTexts.EDITED, "2013-04-24", "b.example"));
    rows.add(row("twin", "國際社會繼續就四川蘆山地震向中方表示慰問", CopyTexts.TRADITIONAL, "2013-04-24", "tw.example"));
    rows.add(row("original", "国际社会继续就四川芦山地震向中方表示慰问", CopyTexts.ORIGINAL, "2013-04-23", "cctv.com"));
    rows.add(row("same-topic", "外国领导人就四川芦山地震表示慰问", CopyTexts.SAME_TOPIC, "2013-04-21", "cctv.com"));
    rows.add(row("short", "会议", "会议在北京举行。", "2013-04-21", "cctv.com"));
    for (int day = 29; day >= 0; day--) {
      rows.add(row("rerun-" + day, "重播 " + day, CopyTexts.SAME_TOPIC + "（重播" + day + "）",
          String.format(java.util.Locale.ROOT, "2013-04-22 %02d:%02d:00", day / 6, day % 6 * 10), "rerun.example"));
    }
    return rows;
  }

  private static Map<String, Object> row(String id, String title, String body, String date, String source) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("title", title);
    row.put("body", body);
    row.put("date", date);
    row.put("source", source);
    row.put("lang", "zh");
    return row;
  }

  private Path input(String name, List<Map<String, Object>> rows) throws IOException {
    Path file = tmp.resolve(name + ".jsonl");
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> row : rows) {
      text.append(JSON.writeValueAsString(row)).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Map<String, String> build(Path input, int threads) throws IOException {
    Path index = Files.createTempDirectory(tmp, "index");
    new IndexBuilder(index, threads).rebuild(List.of(input), (a, c, r) -> {});
    return groups(index);
  }

  /** Each served article's copy group, read from the stored field and checked against the doc values. */
  private static Map<String, String> groups(Path index) throws IOException {
    Map<String, String> groups = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(new Generations(index).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues values = leaf.reader().getSortedDocValues(Schema.COPY_GROUP);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
            continue;
          }
          var document = stored.document(leaf.docBase + doc);
          assertThat(values.advanceExact(doc)).isTrue();
          assertThat(values.lookupOrd(values.ordValue()).utf8ToString()).isEqualTo(document.get(Schema.COPY_GROUP));
          groups.put(document.get(Schema.ID), document.get(Schema.COPY_GROUP));
        }
      }
    }
    return groups;
  }
}
