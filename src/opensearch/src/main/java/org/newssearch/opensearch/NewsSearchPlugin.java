package org.newssearch.opensearch;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.newssearch.search.AbsentTerms;
import org.opensearch.search.dfs.DfsPhase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.newssearch.analysis.ChineseWordAnalyzer;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.search.NewsSimilarity;
import org.opensearch.index.IndexModule;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;

/**
 * newssearch's analysis, ranking and query syntax in OpenSearch: the embedded engine's analyzers and
 * their parts, its similarity and its query type, under the names of docs/opensearch.md.
 */
public final class NewsSearchPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {

  /** Every registered name starts with this. */
  public static final String PREFIX = "newssearch_";
  /** The similarity: {@link NewsSimilarity}. */
  public static final String SIMILARITY = "newssearch";
  /** The analyzer of the smartcn word chain ({@link ChineseWordAnalyzer}). */
  public static final String WORDS_ANALYZER = PREFIX + "words";

  public NewsSearchPlugin() {
    AbsentTerms.countWith(NewsSearchPlugin::docFreqOnOtherShards);
  }

  /**
   * How many articles of the whole index hold a term this shard lacks ({@link AbsentTerms}), so that
   * a name's spellings share one document frequency on every shard, as in one index.
   */
  private static long docFreqOnOtherShards(IndexSearcher searcher, Term term) throws IOException {
    if (searcher.getClass().getEnclosingClass() == DfsPhase.class) {
      return 0; // the dfs phase records every count it is asked for: this shard has none to give
    }
    // With dfs_query_then_fetch the shard's searcher answers from every shard's statistics, and
    // otherwise with the count it is given: an impossible one, read as none.
    TermStatistics stats = searcher.termStatistics(term, Integer.MAX_VALUE, Long.MAX_VALUE);
    return stats == null || stats.docFreq() == Integer.MAX_VALUE ? 0 : stats.docFreq();
  }

  /** The analyzer name of an analysis suffix: {@code cjk} -> {@code newssearch_cjk}. */
  public static String analyzerName(String suffix) {
    return PREFIX + suffix;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
    for (String suffix : LanguageAnalyzers.allSuffixes()) {
      analyzers.put(analyzerName(suffix), analyzer(() -> LanguageAnalyzers.forSuffix(suffix)));
    }
    analyzers.put(WORDS_ANALYZER, analyzer(ChineseWordAnalyzer::new));
    return analyzers;
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return AnalysisParts.charFilters();
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return AnalysisParts.tokenizers();
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return AnalysisParts.tokenFilters();
  }

  @Override
  public void onIndexModule(IndexModule module) {
    module.addSimilarity(SIMILARITY, (settings, version, scripts) -> {
      List<String> unknown = settings.keySet().stream().filter(key -> !key.equals("type")).sorted().toList();
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("similarity type [" + SIMILARITY + "] takes no settings, not " + unknown
            + "; it is BM25 with k1 1.2 and b 0.3, a phrase weighing as its rarest term");
      }
      return new NewsSimilarity();
    });
  }

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(new QuerySpec<>(NewsQueryBuilder.NAME, NewsQueryBuilder::new, NewsQueryBuilder::fromXContent));
  }

  /** One analyzer instance per index (Lucene analyzers keep per-thread state themselves). */
  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<Analyzer> make) {
    return (indexSettings, environment, name, settings) -> new AbstractIndexAnalyzerProvider<Analyzer>(
        indexSettings, name, settings) {
      private final Analyzer analyzer = make.get();

      @Override
      public Analyzer get() {
        return analyzer;
      }
    };
  }
}
