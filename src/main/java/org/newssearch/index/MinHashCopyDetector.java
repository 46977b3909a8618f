package org.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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

  /** The analysis of the signed field, as the index makes it ({@link Signs} leaves out its edge characters). */
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
      analyzers.put(family, LanguageAnalyzers.forSuffix(signedSuffix(family)));
    }
  }

  @Override
  public double threshold() {
    return threshold;
  }

  @Override
  public CopySignature signature(Article article) {
    LanguageAnalyzers family = LanguageAnalyzers.forLanguage(article.lang());
    OnePermutationMinHash minHash = minHash(family);
    try (TokenStream words = new Signs(analyzers.get(family).tokenStream(Schema.BODY, signedText(article)), minHash)) {
      words.reset();
      while (words.incrementToken()) {
        // Signs takes each token as it passes.
      }
      words.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return signatureOf(minHash);
  }

  /**
   * Signs the field the signature is taken from ({@code body.cjk}, or the title's when the body is
   * blank) as the index reads its tokens: the same tokens, and the same signature, as {@link
   * #signature} gives, without analyzing the text a second time (a tenth of indexing time,
   * docs/benchmarks.md, "Indexing").
   */
  @Override
  public Signing signing(Article article, Document doc) {
    LanguageAnalyzers family = LanguageAnalyzers.forLanguage(article.lang());
    String field = Schema.analyzed(article.body().isBlank() ? Schema.TITLE : Schema.BODY, signedSuffix(family));
    if (doc.getField(field) == null) {
      return CopyDetector.super.signing(article, doc);
    }
    OnePermutationMinHash minHash = minHash(family);
    doc.removeField(field);
    doc.add(new Field(field, new Signs(analyzers.get(family).tokenStream(field, signedText(article)), minHash),
        Schema.ANALYZED_TEXT));
    return () -> signatureOf(minHash);
  }

  private static String signedSuffix(LanguageAnalyzers family) {
    return family.suffixes()[family.suffixes().length - 1];
  }

  private static String signedText(Article article) {
    return article.body().isBlank() ? article.title() : article.body();
  }

  private static OnePermutationMinHash minHash(LanguageAnalyzers family) {
    return new OnePermutationMinHash(family == LanguageAnalyzers.CHINESE ? CHINESE_SHINGLE_BIGRAMS : SHINGLE_WORDS);
  }

  private static CopySignature signatureOf(OnePermutationMinHash minHash) {
    int[] values = minHash.values();
    return values == null || Arrays.stream(values).distinct().count() < MIN_SHINGLES ? null : new CopySignature(values);
  }

  /**
   * Passes every token on, and adds to the hashes those a query would see: not a lone CJK character
   * at the position of the token before it (an edge character, {@link QueryAnalyzer}).
   */
  private static final class Signs extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OnePermutationMinHash minHash;

    Signs(TokenStream input, OnePermutationMinHash minHash) {
      super(input);
      this.minHash = minHash;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (!QueryAnalyzer.isEdge(increment.getPositionIncrement(), type.type())) {
        minHash.add(term.buffer(), term.length(), increment.getPositionIncrement());
      }
      return true;
    }
  }
}
