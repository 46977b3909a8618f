package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.analysis.QueryAnalyzer;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/** Copies of a story have signatures that meet in a band and reach the threshold; another story of its topic does not. */
class MinHashCopyDetectorTest {

  private final CopyDetector detector = new MinHashCopyDetector();
  private final CopySignature original = sign(CopyTexts.ORIGINAL);

  @Test
  void anExactCopyUnderAnotherHeadlineIsACopy() {
    CopySignature copy = detector.signature(CopyTexts.article("b", "新标题", CopyTexts.ORIGINAL, "b.com", "2013-04-24"));
    assertThat(copy).isEqualTo(original);
  }

  @Test
  void anEditedCopyIsACopy() {
    assertCopy(sign(CopyTexts.EDITED));
  }

  @Test
  void aCopyCutToItsFirstSixtyPercentIsACopy() {
    assertCopy(sign(CopyTexts.TRUNCATED));
  }

  @Test
  void theTraditionalTwinIsACopy() {
    assertCopy(sign(CopyTexts.TRADITIONAL));
  }

  @Test
  void anotherStoryOfTheSameTopicAndTemplateIsNot() {
    CopySignature other = sign(CopyTexts.SAME_TOPIC);
    assertThat(detector.copies(original, other)).as("similarity %s", original.similarity(other)).isFalse();
  }

  @Test
  void aTextOfAFewWordsHasNoSignature() {
    assertThat(sign("新闻联播：会议在北京举行。")).isNull();
  }

  /** Signed as the index reads the body's tokens, an article has the signature of its text. */
  @Test
  void aSignatureTakenWhileIndexingIsTheTextsSignature() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (String body : List.of(CopyTexts.ORIGINAL, CopyTexts.TRADITIONAL, CopyTexts.EDITED, CopyTexts.TRUNCATED)) {
      articles.add(CopyTexts.article("zh" + articles.size(), "标题", body, "a.com", "2013-04-23"));
    }
    articles.add(CopyTexts.article("short", "标题", "新闻联播：会议在北京举行。", "a.com", "2013-04-23"));
    articles.add(CopyTexts.article("title-only", CopyTexts.ORIGINAL, " ", "a.com", "2013-04-23"));
    String english = "The ministers met in Kyiv on Tuesday to discuss the grain corridor, the sanctions and the "
        + "reconstruction of the power grid, and agreed to meet again in Brussels next month with the partners.";
    articles.add(new Article("en", "Ministers meet", english, PublishedAt.parse("2024-05-01T10:00:00Z"), "bbc.com", null,
        null, null, "en", "test", Set.of()));
    ArticleDocuments documents = new ArticleDocuments();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()))) {
      for (Article article : articles) {
        Document doc = documents.toDocument(article);
        CopyDetector.Signing signing = detector.signing(article, doc);
        writer.addDocument(doc);
        assertThat(signing.signature()).as(article.id()).isEqualTo(detector.signature(article))
            .isEqualTo(asAQuerySeesIt(article));
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        // The signing stream indexed the body as the analyzer does: its phrase is found.
        assertThat(new IndexSearcher(reader).count(new PhraseQuery(Schema.analyzed(Schema.BODY, "cjk"), "芦山", "山地", "地震")))
            .isEqualTo(4);
      }
    }
    assertThat(detector.signature(articles.get(0))).isNotNull();
    assertThat(detector.signature(articles.get(4))).isNull();
  }

  /** The signature over the tokens a query sees ({@link QueryAnalyzer}: no edge characters), shingled and hashed. */
  private static CopySignature asAQuerySeesIt(Article article) throws Exception {
    LanguageAnalyzers family = LanguageAnalyzers.forLanguage(article.lang());
    String[] suffixes = family.suffixes();
    OnePermutationMinHash minHash = new OnePermutationMinHash(family == LanguageAnalyzers.CHINESE
        ? MinHashCopyDetector.CHINESE_SHINGLE_BIGRAMS : MinHashCopyDetector.SHINGLE_WORDS);
    try (QueryAnalyzer analyzer = new QueryAnalyzer(LanguageAnalyzers.forSuffix(suffixes[suffixes.length - 1]));
        TokenStream words = analyzer.tokenStream("body", article.body().isBlank() ? article.title() : article.body())) {
      CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = words.addAttribute(PositionIncrementAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        minHash.add(term.buffer(), term.length(), increment.getPositionIncrement());
      }
      words.end();
    }
    int[] values = minHash.values();
    return values == null || Arrays.stream(values).distinct().count() < MinHashCopyDetector.MIN_SHINGLES
        ? null : new CopySignature(values);
  }

  private void assertCopy(CopySignature copy) {
    assertThat(detector.copies(original, copy)).as("similarity %s", original.similarity(copy)).isTrue();
    boolean meet = false;
    for (int band = 0; band < CopySignature.BANDS; band++) {
      meet |= original.bandHash(band) == copy.bandHash(band);
    }
    assertThat(meet).as("a band in common").isTrue();
  }

  private CopySignature sign(String body) {
    Article article = CopyTexts.article("a", "标题", body, "a.com", "2013-04-23");
    return detector.signature(article);
  }
}
