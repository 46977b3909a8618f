package org.newssearch.analysis;

import java.io.Reader;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's own consistency checks ({@link BaseTokenStreamTestCase#checkRandomData}: offsets in order
 * and within the text, positions, reset and end, the same tokens from a Reader read in odd chunks, and
 * from several threads) for every custom component: the Traditional-to-Simplified char filter, the
 * clause-segmenting tokenizer, the run-break filter, and the analyzers built from them. Over Lucene's
 * random text, and over generated Simplified, Traditional and mixed Chinese with Latin, digits,
 * full-width forms, punctuation and surrogate pairs.
 */
public class RandomTextAnalysisTest extends BaseTokenStreamTestCase {

  /** Characters the Chinese text is drawn from: Simplified, their Traditional forms, and what news mixes in. */
  private static final String[] PIECES = {"乌克兰", "烏克蘭", "泽连斯基", "澤倫斯基", "软件", "軟體", "导弹", "飛彈", "习近平", "總統",
      "会谈", "會談", "停火", "的", "了", "，", "。", "、", "：", "“", "”", "（", "）", "《", "》", " ", "\u3000", "\n", "Zelensky",
      "NATO", "2025年", "第27届", "ＡＢＣ", "１２３", "！", "？", "𠮷", "𡘙", "ー", "カタカナ", "한국", "Путин", "-", "'", "é"};

  private static final int ITERATIONS = 200;

  private static String chineseText(Random random, int maxPieces) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxPieces); i >= 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /**
   * Lucene's random strings, then our generated Chinese text, through {@code analyzer}. Every check
   * holds but one: {@link RunEdgeUnigrams} gives a run's edge character its own offsets at its
   * bigram's position, which Lucene's graph check would have equal to the bigram's (no offsets are
   * indexed; the highlighter marks the one character).
   */
  private void checkBoth(Analyzer analyzer) throws Exception {
    checkRandomData(random(), analyzer, ITERATIONS, 20, false, false);
    checkRandomData(random(), analyzer, ITERATIONS / 4, 8192, false, false);
    Random random = random();
    for (int i = 0; i < ITERATIONS; i++) {
      checkAnalysisConsistency(random, analyzer, random.nextBoolean(), chineseText(random, 60), false);
    }
    analyzer.close();
  }

  public void testTheWordAnalyzerHoldsOnRandomText() throws Exception {
    checkBoth(new ChineseWordAnalyzer());
  }

  public void testTheBigramAnalyzerHoldsOnRandomText() throws Exception {
    checkBoth(new ChineseBigramAnalyzer());
  }

  public void testTheNeutralAnalyzerWithRunBreakPositionsHoldsOnRandomText() throws Exception {
    checkBoth(new NeutralAnalyzer());
  }

  public void testTheTraditionalToSimplifiedCharFilterAloneHoldsOnRandomText() throws Exception {
    checkBoth(new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return TraditionalToSimplified.filter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
      }
    });
  }

  public void testTheClauseSegmentingTokenizerAloneHoldsOnRandomText() throws Exception {
    checkBoth(new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new ClauseSegmentingTokenizer());
      }
    });
  }

  public void testEveryLanguageAnalyzerHoldsOnRandomText() throws Exception {
    for (LanguageAnalyzers language : LanguageAnalyzers.values()) {
      for (String suffix : language.suffixes()) {
        Analyzer analyzer = LanguageAnalyzers.forSuffix(suffix);
        checkRandomData(random(), analyzer, ITERATIONS / 4, 20, false, false);
        Random random = random();
        for (int i = 0; i < ITERATIONS / 4; i++) {
          checkAnalysisConsistency(random, analyzer, random.nextBoolean(), chineseText(random, 40), false);
        }
      }
    }
  }
}
