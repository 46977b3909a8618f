package org.newssearch.opensearch;

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
