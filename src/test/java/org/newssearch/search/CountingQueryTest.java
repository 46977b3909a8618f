package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.analysis.ChineseBigramAnalyzer;
import org.newssearch.analysis.QueryAnalyzer;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.Schema;

/**
 * The counting query finds exactly the articles the query finds: with every other bigram of a
 * phrase left out (because runs of CJK characters stand apart in the index; without that, it would
 * not), and a word or its bigram without the exclusion.
 */
class CountingQueryTest {

  private static final String[] BODIES = {
      "今晚的新闻联播报道了全国人大常委会会议。",
      "新闻，中联播", // 新闻 and 联播 two bigrams apart without the break: not 新闻联播
      "全国人大，常委会会议在北京举行。",
      "今晚的新聞聯播報道了習近平總書記的講話。", // Traditional
      "习近平在北京会见外宾。习近平强调合作。",
      "书记们开会，总书记讲话，新闻2025联播。",
      "新闻联播天天看。",
      "看新闻联播。",
  };

  @TempDir
  static Path dir;

  private static Path root;
  private static IndexView view;

  @BeforeAll
  static void index() throws IOException {
    String[] lines = new String[BODIES.length];
    for (int i = 0; i < BODIES.length; i++) {
      lines[i] = "{\"id\":\"a" + i + "\",\"title\":\"标题\",\"body\":\"" + BODIES[i]
          + "\",\"date\":\"2025-03-01\",\"source\":\"cctv\",\"lang\":\"zh\"}";
    }
    root = TestIndexes.ofJsonLines(dir, lines);
    view = new IndexView(new Generations(root).current().orElseThrow());
  }

  @AfterAll
  static void close() throws IOException {
    view.close();
  }

  @Test
  void aPhraseOfBigramsIsCountedWithEveryOtherOneAndTheBoostsLeftOut() throws IOException {
    Query parsed = new QueryBuilder(Schema.analyzer()).textQuery("新闻联播", view.suffixes);

    assertThat(view.forCounting(parsed)).hasToString("title.cjk:\"新闻 ? 联播\" body.cjk:\"新闻 ? 联播\"");
  }

  @Test
  void theBetterOfTitleAndBodyIsCountedAsEitherOfThem() throws IOException {
    QueryBuilder parser = new QueryBuilder(Schema.analyzer());

    assertThat(parser.textQuery("会议", view.suffixes)).hasToString("((title.cjk:会议)^1.5 | body.cjk:会议)");
    assertThat(view.forCounting(parser.textQuery("会议", view.suffixes))).hasToString("title.cjk:会议 body.cjk:会议");
  }

  @Test
  void theRarestBigramStaysAndTheCommonestGo() throws IOException {
    // 平总 is in one article, the others in two: leaving out 近平 and 总书 keeps the rarest.
    assertThat(new CountingQuery(view.searcher.getIndexReader(), true).of(bigrams("习近平总书记")))
        .hasToString("body.cjk:\"习近 ? 平总 ? 书记\"");
  }

  @Test
  void everyPhraseOfTheArticlesCountsTheSameWholeAndCovered() throws IOException {
    TreeSet<String> phrases = new TreeSet<>();
    for (String body : BODIES) {
      for (int start = 0; start < body.length(); start++) {
        for (int end = start + 2; end <= Math.min(body.length(), start + 9); end++) {
          phrases.add(body.substring(start, end));
        }
      }
    }
    phrases.addAll(List.of("新闻中联播", "全国人大常委会", "习近平总书记", "新闻联播报道", "会议 OR 北京", "常委会 -会议"));
    IndexSearcher searcher = view.searcher;
    int covered = 0;
    int withoutExclusion = 0;
    for (String phrase : phrases) {
      Query whole = new QueryBuilder(Schema.analyzer()).textQuery(phrase, view.suffixes);
      Query counted = view.forCounting(whole);
      covered += counted.toString().contains("?") ? 1 : 0;
      withoutExclusion += counted.toString().contains("-") ? 0 : 1;
      assertThat(searcher.count(counted)).as(phrase + ": " + counted).isEqualTo(searcher.count(whole));
    }
    assertThat(covered).as("queries counted with bigrams left out").isGreaterThan(100);
    assertThat(withoutExclusion).as("queries counted without the exclusion").isGreaterThan(20);
  }

  @Test
  void withoutTheBreaksBetweenRunsTheCoverWouldCountMore() throws IOException {
    PhraseQuery whole = bigrams("新闻联播");
    Query cover = new CountingQuery(view.searcher.getIndexReader(), true).of(whole);
    Analyzer plainBigrams = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
      }
    };
    try (ByteBuffersDirectory memory = new ByteBuffersDirectory(); plainBigrams) {
      for (Analyzer analyzer : List.of(plainBigrams, new ChineseBigramAnalyzer())) {
        try (IndexWriter writer = new IndexWriter(memory, new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
          Document doc = new Document();
          doc.add(new TextField("body.cjk", "新闻，中联播", Field.Store.NO));
          writer.addDocument(doc);
        }
        try (DirectoryReader reader = DirectoryReader.open(memory)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          assertThat(searcher.count(whole)).isZero();
          assertThat(searcher.count(cover)).as(analyzer.getClass().getSimpleName())
              .isEqualTo(analyzer == plainBigrams ? 1 : 0);
        }
      }
    }
  }

  @Test
  void whatTheBigramsDoNotImplyStaysAsItIs() throws IOException {
    CountingQuery counting = new CountingQuery(view.searcher.getIndexReader(), true);
    PhraseQuery sloppy = new PhraseQuery(2, "body.cjk", "新闻", "闻联", "联播");
    PhraseQuery words = new PhraseQuery("body.zh", "新闻", "联播", "报道");
    PhraseQuery latin = new PhraseQuery("body.cjk", "ab", "bc", "cd");
    PhraseQuery acrossABreak = bigramsOf("body.cjk", "新闻2025联播"); // 新闻 ? ? 2025 ? ? 联播
    for (Query unchanged : List.of(sloppy, words, latin, acrossABreak, new TermQuery(new Term("body.cjk", "新闻")))) {
      assertThat(counting.of(unchanged)).isEqualTo(unchanged);
    }
    Query nested = new BooleanQuery.Builder()
        .add(new BoostQuery(bigrams("新闻联播"), 2f), Occur.MUST)
        .add(new TermQuery(new Term("body.zh", "会议")), Occur.MUST_NOT).build();
    assertThat(counting.of(nested)).hasToString("+body.cjk:\"新闻 ? 联播\" -body.zh:会议");
  }

  @Test
  void aGenerationBuiltBeforeTheBreaksIsCountedWithWholePhrases(@TempDir Path other) throws IOException {
    Path old = TestIndexes.ofJsonLines(other, "{\"id\":\"x\",\"title\":\"新闻联播\",\"body\":\"新闻联播\",\"lang\":\"zh\"}");
    Path generation = new Generations(old).current().orElseThrow();
    try (FSDirectory directory = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(Map.<String, String>of().entrySet()); // as written before schema versions
      writer.commit();
    }
    try (IndexView before = new IndexView(generation)) {
      assertThat(before.schemaVersion).isEqualTo(1);
      Query parsed = new QueryBuilder(Schema.analyzer()).textQuery("新闻联播", before.suffixes);
      assertThat(before.forCounting(parsed)).hasToString("title.cjk:\"新闻 闻联 联播\" body.cjk:\"新闻 闻联 联播\"");
    }
  }

  @Test
  void additionsKeepTheVersionTheGenerationWasBuiltWith() throws IOException {
    assertThat(view.schemaVersion).isEqualTo(Schema.VERSION);
    Path more = dir.resolve("more.jsonl");
    Files.writeString(more, "{\"id\":\"b\",\"title\":\"又一篇\",\"body\":\"新闻联播\",\"lang\":\"zh\"}\n");
    new IndexBuilder(root, 1).add(List.of(more), (articles, chars, rejects) -> {});
    try (IndexView added = new IndexView(new Generations(root).current().orElseThrow())) {
      assertThat(added.searcher.getIndexReader().numDocs()).isEqualTo(BODIES.length + 1);
      assertThat(added.schemaVersion).isEqualTo(Schema.VERSION);
    }
  }

  private static PhraseQuery bigrams(String text) {
    return bigramsOf("body.cjk", text);
  }

  /** The phrase the query analysis makes of {@code text} on {@code field}. */
  private static PhraseQuery bigramsOf(String field, String text) {
    return (PhraseQuery) new org.apache.lucene.util.QueryBuilder(new QueryAnalyzer(Schema.analyzer())).createPhraseQuery(field, text);
  }
}
