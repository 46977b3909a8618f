package org.newssearch.opensearch;

import java.io.Reader;
import java.util.function.Function;
import java.util.function.Supplier;
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

  /** A registered part: the name an index's settings use. */
  interface Part {
    String registeredName();
  }

  /** Char filters. */
  enum CharFilters implements Part {
    /** Full-width to half-width, then Traditional to Simplified (phrases first), offsets kept on the original. */
    T2S("newssearch_t2s", TraditionalToSimplified::filter);

    private final String name;
    private final Function<Reader, Reader> filter;

    CharFilters(String name, Function<Reader, Reader> filter) {
      this.name = name;
      this.filter = filter;
    }

    @Override
    public String registeredName() {
      return name;
    }

    AnalysisProvider<CharFilterFactory> provider() {
      return (indexSettings, environment, name, settings) -> new AbstractCharFilterFactory(indexSettings, name) {
        @Override
        public Reader create(Reader reader) {
          return filter.apply(reader);
        }
      };
    }
  }

  /** Tokenizers. */
  enum Tokenizers implements Part {
    /** Sentence and clause split, then smartcn's HMM word segmentation (our port: analysis/smartcn). */
    SEGMENTER("newssearch_segmenter", ClauseSegmentingTokenizer::new);

    private final String name;
    private final Supplier<Tokenizer> tokenizer;

    Tokenizers(String name, Supplier<Tokenizer> tokenizer) {
      this.name = name;
      this.tokenizer = tokenizer;
    }

    @Override
    public String registeredName() {
      return name;
    }

    AnalysisProvider<TokenizerFactory> provider() {
      return (indexSettings, environment, name, settings) -> new AbstractTokenizerFactory(indexSettings, settings, name) {
        @Override
        public Tokenizer create() {
          return tokenizer.get();
        }
      };
    }
  }

  /** Token filters. */
  enum TokenFilters implements Part {
    /** After CJK bigrams: runs of CJK characters stand one position apart from each other. */
    RUN_BREAKS("newssearch_run_breaks", RunBreakPositions::new),
    /** After the run breaks: a run's last character, and its first after a digit or letter, also alone. */
    RUN_EDGES("newssearch_run_edges", RunEdgeUnigrams::new),
    /** smartcn's stop set (its punctuation tokens), as the word chain drops them. */
    SMARTCN_STOP("newssearch_smartcn_stop", in -> new StopFilter(in, SmartChineseAnalyzer.getDefaultStopSet()));

    private final String name;
    private final Function<TokenStream, TokenStream> filter;

    TokenFilters(String name, Function<TokenStream, TokenStream> filter) {
      this.name = name;
      this.filter = filter;
    }

    @Override
    public String registeredName() {
      return name;
    }

    AnalysisProvider<TokenFilterFactory> provider() {
      return (indexSettings, environment, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name, settings) {
        @Override
        public TokenStream create(TokenStream input) {
          return filter.apply(input);
        }
      };
    }
  }
}
