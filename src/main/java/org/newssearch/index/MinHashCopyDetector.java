package org.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.analysis.QueryAnalyzer;
import org.newssearch.ingest.Article;

/**
 * The {@link CopyDetector}: MinHash over word shingles of an article's body, words as the index
 * analyzes them: the last analysis of its language, which for Chinese is the bigram chain over
 * Simplified text ({@code ChineseBigramAnalyzer}: a Traditional twin has the signature of its
 * original), and stemmed words for en, ru, uk. The smartcn word chain grouped the same pairs
 * ({@code eval copies}, shingles of three: precision 0.9954 and recall 0.9765 against 0.9944 and
 * 0.9790 with bigrams) but analyzed every Chinese body with smartcn a second time: indexing 14,400 articles took x1.60
 * the time without detection, against x1.05 with bigrams ({@code eval copies --articles 12000}).
 *
 * <p>The minimum hashes: one-permutation MinHash ({@link OnePermutationMinHash}, {@link
 * CopySignature#LENGTH} buckets of one 64-bit hash per shingle, empty buckets filled by rotation),
 * over the tokens of the language's analyzer, reused per thread.
 *
 * <p>The title is left out: a re-headlined copy is still a copy, and two stories under one formulaic
 * headline are not.
 */
public final class MinHashCopyDetector implements CopyDetector {

  /**
   * Words per shingle: three keep a changed sentence from touching more than its own shingles, and
   * make formulaic phrases shared by different stories a small part of a text.
   */
  static final int SHINGLE_WORDS = 3;
  /**
   * Chinese bigrams per shingle. Bigrams overlap: three spanned four characters, shorter than most
   * formulas ("以习近平同志为核心的党中央"), and on the CCTV corpus templated stories shared enough of them
   * to group; six span seven characters, about three words ({@code eval copies --real}).
   */
  static final int CHINESE_SHINGLE_BIGRAMS = 6;
  /**
   * Fewer distinct least hashes than this (as many as the shingles, for a text of few) and an article
   * gets no signature, and no group but its own: two short notices of a template (weather, a meeting
   * held) share most of their few shingles.
   */
  static final int MIN_SHINGLES = 16; // about 21 Chinese characters, or 18 words
  /**
   * The least similarity of two copies ({@link CopySignature#similarity(CopySignature, long)}: the
   * estimated Jaccard similarity of their shingles beyond a template's), chosen with {@code newssearch
   * eval copies} (docs/evaluation.md): 0.34 grouped templated stories of the CCTV corpus; at 0.4 the
   * constructed copies still group (recall 0.95), while a higher threshold loses edited copies.
   */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final Map<LanguageAnalyzers, Analyzer> analyzers = new EnumMap<>(LanguageAnalyzers.class);
  private final double threshold;

  public MinHashCopyDetector() {
    this(DEFAULT_THRESHOLD);
  }

  public MinHashCopyDetector(double threshold) {
    this.threshold = threshold;
    for (LanguageAnalyzers family : LanguageAnalyzers.values()) {
      // The last analysis of a family: bigrams for Chinese (see above), the only one for the others;
      // as a query sees it, without the index's edge characters, which would only stack up in shingles.
      Analyzer words = new QueryAnalyzer(LanguageAnalyzers.forSuffix(family.suffixes()[family.suffixes().length - 1]));
      analyzers.put(family, words);
    }
  }

  @Override
  public double threshold() {
    return threshold;
  }

  @Override
  public CopySignature signature(Article article) {
    String text = article.body().isBlank() ? article.title() : article.body();
    LanguageAnalyzers family = LanguageAnalyzers.forLanguage(article.lang());
    OnePermutationMinHash minHash =
        new OnePermutationMinHash(family == LanguageAnalyzers.CHINESE ? CHINESE_SHINGLE_BIGRAMS : SHINGLE_WORDS);
    try (TokenStream words = analyzers.get(family).tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = words.addAttribute(PositionIncrementAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        minHash.add(term.buffer(), term.length(), increment.getPositionIncrement());
      }
      words.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] values = minHash.values();
    return values == null || Arrays.stream(values).distinct().count() < MIN_SHINGLES ? null : new CopySignature(values);
  }
}
