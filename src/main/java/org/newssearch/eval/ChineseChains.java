package org.newssearch.eval;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.newssearch.analysis.ChineseBigramAnalyzer;
import org.newssearch.analysis.ChineseWordAnalyzer;
import org.newssearch.analysis.TraditionalToSimplified;

/** The Chinese analysis chains the benchmark and the evaluations compare: the product's and the bare ones. */
public final class ChineseChains {

  private ChineseChains() {}

  /**
   * The word chain (width + T->S + HhmmSegmenter, the port of smartcn's segmenter) against bare
   * smartcn, and the earlier chain (CJKWidthCharFilter + MappingCharFilter T->S, smartcn's own tokenizer).
   */
  public static AnalysisBench.Group words() {
    return new AnalysisBench.Group("words", List.of(
        new AnalysisBench.Contender("bare SmartChineseAnalyzer", SmartChineseAnalyzer::new),
        new AnalysisBench.Contender("ChineseWordAnalyzer (width+T->S trie, HhmmSegmenter by clause)", ChineseWordAnalyzer::new),
        new AnalysisBench.Contender("earlier chain: CJKWidth + MappingCharFilter, HMMChineseTokenizer", MappingWordAnalyzer::new)));
  }

  /** The bigram chain (width + T->S + bigrams) against bare CJKAnalyzer. */
  public static AnalysisBench.Group bigrams() {
    return new AnalysisBench.Group("bigrams", List.of(
        new AnalysisBench.Contender("bare CJKAnalyzer", CJKAnalyzer::new),
        new AnalysisBench.Contender("ChineseBigramAnalyzer (width+T->S trie, bigrams)", ChineseBigramAnalyzer::new)));
  }

  /** Bare HMMChineseTokenizer, the baseline of the segmentation evaluation (no filter at all). */
  public static Analyzer bareTokenizer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HMMChineseTokenizer());
      }
    };
  }

  /** {@link ChineseWordAnalyzer} with Lucene's FST-based MappingCharFilter in place of the trie filter. */
  private static final class MappingWordAnalyzer extends Analyzer {
    private static final NormalizeCharMap MAP = build();

    private static NormalizeCharMap build() {
      NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
      TraditionalToSimplified.table().forEach(builder::add);
      return builder.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(MAP, new CJKWidthCharFilter(reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer words = new HMMChineseTokenizer();
      TokenStream stream = new StopFilter(new LowerCaseFilter(words), SmartChineseAnalyzer.getDefaultStopSet());
      return new TokenStreamComponents(words, stream);
    }
  }
}
