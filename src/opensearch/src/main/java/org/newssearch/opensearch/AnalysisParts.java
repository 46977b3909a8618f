package org.newssearch.opensearch;

import java.io.Reader;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.newssearch.analysis.ClauseSegmentingTokenizer;
import org.newssearch.analysis.RunBreakPositions;
import org.newssearch.analysis.RunEdgeUnigrams;
import org.newssearch.analysis.TraditionalToSimplified;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * The parts the plugin's analyzers are built from, registered on their own so that an index can
 * compose its own chains with them (docs/opensearch.md); none takes settings.
 */
final class AnalysisParts {

  private AnalysisParts() {}

  /** Char filters by registered name. */
  static Map<String, AnalysisProvider<CharFilterFactory>> charFilters() {
    // Full width to half width, then Traditional to Simplified (phrases first), offsets kept on the original.
    return Map.of("newssearch_t2s", charFilter(TraditionalToSimplified::filter));
  }

  /** Tokenizers by registered name. */
  static Map<String, AnalysisProvider<TokenizerFactory>> tokenizers() {
    // Sentence and clause split, then smartcn's HMM word segmentation (our port: analysis/smartcn).
    return Map.of("newssearch_segmenter", (indexSettings, environment, name, settings) ->
        new AbstractTokenizerFactory(indexSettings, settings, name) {
          @Override
          public Tokenizer create() {
            return new ClauseSegmentingTokenizer();
          }
        });
  }

  /** Token filters by registered name. */
  static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
    return Map.of(
        // After CJK bigrams: runs of CJK characters stand a position gap apart.
        "newssearch_run_breaks", tokenFilter(RunBreakPositions::new),
        // After the run breaks: a run's last character, and its first after a letter or digit, also alone.
        "newssearch_run_edges", tokenFilter(RunEdgeUnigrams::new),
        // smartcn's stop set (its punctuation tokens), as the word chain drops them.
        "newssearch_smartcn_stop", tokenFilter(in -> new StopFilter(in, SmartChineseAnalyzer.getDefaultStopSet())));
  }

  private static AnalysisProvider<CharFilterFactory> charFilter(Function<Reader, Reader> filter) {
    return (indexSettings, environment, name, settings) -> new AbstractCharFilterFactory(indexSettings, name) {
      @Override
      public Reader create(Reader reader) {
        return filter.apply(reader);
      }
    };
  }

  private static AnalysisProvider<TokenFilterFactory> tokenFilter(Function<TokenStream, TokenStream> filter) {
    return (indexSettings, environment, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name, settings) {
      @Override
      public TokenStream create(TokenStream input) {
        return filter.apply(input);
      }
    };
  }
}
