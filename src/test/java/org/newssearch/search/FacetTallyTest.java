package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * {@link FacetTally} counts what Lucene's facet module counts, over several segments with deleted,
 * undated and multi-flagged articles, and a searcher cut into partitions finds what an uncut one does.
 */
class FacetTallyTest {

  private static final int ARTICLES = 60;
  private static final Set<String> DELETED = Set.of("a3", "a40");
  private static final List<String> SOURCES = List.of("新华社", "cctv", "rt");

  private static Directory directory;
  private static DirectoryReader reader;
  private static FacetColumns columns;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    ArticleDocuments documents = new ArticleDocuments();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()))) {
      for (int i = 0; i < ARTICLES; i++) {
        writer.addDocument(documents.toDocument(article(i)));
        if (i == 39 || i == 49) {
          writer.commit(); // three segments: 40, 10 and 10 articles
        }
      }
      for (String id : DELETED) {
        writer.deleteDocuments(new Term(Schema.ID, id));
      }
    }
    reader = DirectoryReader.open(directory);
    columns = FacetColumns.read(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** Article i: source by i % 3, language by i % 2, undated when i % 7 == 6, flags when i % 10 or i % 15 is 0. */
  private static Article article(int i) {
    Set<String> flags = new java.util.HashSet<>();
    if (i % 10 == 0) {
      flags.add("spam-suspected");
    }
    if (i % 15 == 0) {
      flags.add("spam-removed");
    }
    PublishedAt date = i % 7 == 6 ? null : PublishedAt.parse("2025-03-0" + (1 + i % 4) + "T08:00:00+08:00");
    return new Article("a" + i, "标题 title " + i, "正文 body " + (i % 5), date, SOURCES.get(i % 3), null, null, null,
        i % 2 == 0 ? "zh" : "en", null, flags);
  }

  @ParameterizedTest
  @ValueSource(strings = {"all", "source", "flag", "both"})
  void countsWhatTheFixtureHolds(String which) throws IOException {
    Query query = query(which);
    Predicate<Integer> matches = i -> !DELETED.contains("a" + i) && switch (which) {
      case "all" -> true;
      case "source" -> i % 3 == 1;
      case "flag" -> i % 10 == 0;
      default -> i % 3 == 1 || i % 10 == 0;
    };
    List<Integer> expected = IntStream.range(0, ARTICLES).boxed().filter(matches).toList();

    FacetTally.Counts counts = new IndexSearcher(reader).search(query, new FacetTally(columns));

    assertThat(counts.total()).isEqualTo(expected.size());
    assertThat(asMap(counts.top(Facet.SOURCE.field, 50))).isEqualTo(countBy(expected, i -> SOURCES.get(i % 3)));
    assertThat(asMap(counts.top(Facet.LANG.field, 50))).isEqualTo(countBy(expected, i -> i % 2 == 0 ? "zh" : "en"));
    Map<String, Long> flags = new TreeMap<>();
    expected.forEach(i -> article(i).flags().forEach(flag -> flags.merge(flag, 1L, Long::sum)));
    assertThat(asMap(counts.top(Facet.FLAG.field, 50))).isEqualTo(flags);
    assertThat(asMap(counts.dates())).isEqualTo(countBy(
        expected.stream().filter(i -> i % 7 != 6).toList(), i -> "2025-03-0" + (1 + i % 4)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"all", "source", "flag", "both"})
  void countsWhatLucenesFacetCountsCount(String which) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = query(which);
    FacetsCollector lucene = searcher.search(query, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts luceneCounts = new SortedSetDocValuesFacetCounts(
        new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()), lucene);

    FacetTally.Counts counts = searcher.search(query, new FacetTally(columns));

    for (String dim : Facet.fields()) {
      FacetResult top = luceneCounts.getTopChildren(2, dim); // the top two: ties broken alike
      List<FacetCount> expected = top == null ? List.of()
          : java.util.Arrays.stream(top.labelValues).map(lv -> new FacetCount(lv.label, lv.value.longValue())).toList();
      assertThat(counts.top(dim, 2)).as(dim).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, Long.MAX_VALUE})
  void aSearcherCutIntoPartitionsFindsWhatAnUncutOneFinds(long onePassMaxMatches) throws IOException {
    IndexSearcher whole = new IndexSearcher(reader);
    IndexSearcher cut = new PartitionedSearcher(reader, 1);
    assertThat(cut.getSlices()).anySatisfy(slice -> assertThat(slice.partitions).anySatisfy(part ->
        assertThat(part.maxDocId - part.minDocId).isLessThan(part.ctx.reader().maxDoc()))); // a segment was cut

    for (String which : List.of("all", "source", "flag", "both")) {
      for (SortOrder order : SortOrder.values()) {
        Deadline unhurried = Deadline.after(Duration.ofMinutes(1));
        MatchCollector.Collected expected = new OneOrTwoPasses(whole, whole, columns, q -> q, onePassMaxMatches)
            .collect(query(which), PageWindow.sortOf(order), null, 7, unhurried);
        MatchCollector.Collected actual = new OneOrTwoPasses(whole, cut, columns, q -> q, onePassMaxMatches)
            .collect(query(which), PageWindow.sortOf(order), null, 7, unhurried);

        assertThat(docs(actual.top().scoreDocs)).as(which + " " + order).isEqualTo(docs(expected.top().scoreDocs));
        assertThat(actual.counts().total()).isEqualTo(expected.counts().total());
        for (String dim : Facet.fields()) {
          assertThat(actual.counts().top(dim, 50)).isEqualTo(expected.counts().top(dim, 50));
        }
        assertThat(actual.counts().dates()).isEqualTo(expected.counts().dates());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void anArticleCountsOnTheLocalDayItsOutletPrinted() throws IOException {
    // Local midnights, days before 1970, and days centuries apart (too wide a span for the bit set).
    List<String> printed = List.of("2025-02-18T23:59:59+08:00", "2025-02-18T00:00:00-05:00", "2025-02-19T00:00:00+08:00",
        "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "0800-01-01T00:00:00Z", "9999-12-31T23:59:59Z");
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
        for (int i = 0; i < printed.size(); i++) {
          writer.addDocument(new ArticleDocuments().toDocument(new Article("d" + i, "t", "b",
              PublishedAt.parse(printed.get(i)), "cctv", null, null, null, "zh", null, Set.of())));
        }
      }
      try (DirectoryReader datedReader = DirectoryReader.open(dir)) {
        FacetTally.Counts counts =
            new IndexSearcher(datedReader).search(new MatchAllDocsQuery(), new FacetTally(FacetColumns.read(datedReader)));
        assertThat(counts.dates(DateHistogram.DAY)).containsExactly(
            new FacetCount("0800-01-01", 1), new FacetCount("1969-12-31", 1), new FacetCount("1970-01-01", 1),
            new FacetCount("2025-02-18", 2), new FacetCount("2025-02-19", 1), new FacetCount("9999-12-31", 1));
        assertThat(counts.firstDay()).hasValue(java.time.LocalDate.of(800, 1, 1));
        assertThat(counts.lastDay()).hasValue(java.time.LocalDate.of(9999, 12, 31));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void passesEstimateMatchesFromDocumentCountsAlone() throws IOException {
    // Document counts include deleted articles until their segment is merged.
    Query cctv = new TermQuery(new Term(Facet.SOURCE.field, "cctv")); // 20 articles
    Query suspected = new TermQuery(new Term(Facet.FLAG.field, "spam-suspected")); // 6
    // "bodi" in the 30 English articles, "0" in 6 of them
    Query body = new org.apache.lucene.search.PhraseQuery(Schema.analyzed(Schema.BODY, "en"), "bodi", "0");
    assertThat(OneOrTwoPasses.estimatedMatches(reader, cctv)).isEqualTo(20);
    assertThat(OneOrTwoPasses.estimatedMatches(reader, body)).isEqualTo(6); // the rarer term
    assertThat(OneOrTwoPasses.estimatedMatches(reader, new BooleanQuery.Builder()
        .add(cctv, Occur.MUST).add(suspected, Occur.FILTER).build())).isEqualTo(6);
    assertThat(OneOrTwoPasses.estimatedMatches(reader, new BooleanQuery.Builder()
        .add(cctv, Occur.SHOULD).add(new org.apache.lucene.search.BoostQuery(suspected, 2), Occur.SHOULD).build()))
        .isEqualTo(26);
    assertThat(OneOrTwoPasses.estimatedMatches(reader, new MatchAllDocsQuery())).isEqualTo(ARTICLES);
  }

  @org.junit.jupiter.api.Test
  void onlyQueriesWithoutIntersectionsTakeTwoPasses() {
    QueryBuilder builder = new QueryBuilder(Schema.analyzer());
    java.util.function.BiFunction<String, String, Query> parsed = (text, year) -> QueryBuilder.withFilters(
        builder.textQuery(text, Schema.SUFFIXES), SearchRequest.fromParams(year == null ? Map.of("q", List.of(text))
            : Map.of("q", List.of(text), "from", List.of(year + "-01-01"), "to", List.of(year + "-12-31"))));
    assertThat(OneOrTwoPasses.intersects(parsed.apply("国务院", null))).isFalse();
    assertThat(OneOrTwoPasses.intersects(parsed.apply("国务院 OR 会见", null))).isFalse();
    assertThat(OneOrTwoPasses.intersects(parsed.apply("会见 -国务院", null))).isFalse();
    assertThat(OneOrTwoPasses.intersects(parsed.apply("习近平 会见", null))).isTrue();
    assertThat(OneOrTwoPasses.intersects(parsed.apply("\"习近平 会见\" OR (李克强 AND 会见)", null))).isFalse();
    assertThat(OneOrTwoPasses.intersects(parsed.apply("国务院", "2016"))).isTrue();
    assertThat(OneOrTwoPasses.intersects(new MatchAllDocsQuery())).isFalse();
  }

  private static Query query(String which) {
    Query source = new TermQuery(new Term(Facet.SOURCE.field, "cctv"));
    Query flag = new TermQuery(new Term(Facet.FLAG.field, "spam-suspected"));
    return switch (which) {
      case "all" -> new MatchAllDocsQuery();
      case "source" -> source;
      case "flag" -> flag;
      default -> new BooleanQuery.Builder().add(source, Occur.SHOULD).add(flag, Occur.SHOULD).build();
    };
  }

  private static List<Integer> docs(ScoreDoc[] hits) {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private static Map<String, Long> countBy(List<Integer> articles, java.util.function.Function<Integer, String> key) {
    return articles.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> asMap(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, TreeMap::new));
  }
}
