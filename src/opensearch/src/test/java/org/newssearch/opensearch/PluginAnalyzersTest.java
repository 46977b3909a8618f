package org.newssearch.opensearch;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newssearch.analysis.ChineseWordAnalyzer;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.analysis.NeutralAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.index.Index;
import org.opensearch.env.Environment;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The plugin's analyzers as OpenSearch builds them (its analysis registry, through the plugin's
 * registrations) give exactly the tokens, offsets and position increments of the embedded analyzers.
 */
public class PluginAnalyzersTest extends OpenSearchTestCase {

  /** Simplified, Traditional, mixed Latin/digits/Han, full width, names, English, Russian, Ukrainian. */
  private static final List<String> TEXTS = List.of(
      "泽连斯基访问基辅，会见美国特使维特科夫。",
      "澤倫斯基訪問基輔",
      "烏克蘭總統澤倫斯基視察紅軍城前線部隊。",
      "第27届联合国大会在纽约开幕",
      "ＡＢＣ新闻２０２５年３月报道G7峰会",
      "习近平与特朗普通话；習近平與川普通話",
      "Ukrainian President Volodymyr Zelensky visited troops near Pokrovsk on Monday.",
      "Президент Украины Владимир Зеленский посетил Покровск.",
      "Президент України Володимир Зеленський відвідав Покровськ.",
      "中俄联合声明 Joint Statement 2025 — 「和平計劃」",
      "");

  private static TestAnalysis analysis;

  private static TestAnalysis analysis() throws IOException {
    if (analysis == null) {
      Settings settings = Settings.builder()
          .put(Environment.PATH_HOME_SETTING.getKey(), createTempDir().toString())
          // The word chain composed of the registered parts, as an index's settings would compose it.
          .put("index.analysis.analyzer.composed_words.type", "custom")
          .putList("index.analysis.analyzer.composed_words.char_filter", "newssearch_t2s")
          .put("index.analysis.analyzer.composed_words.tokenizer", "newssearch_segmenter")
          .putList("index.analysis.analyzer.composed_words.filter", "lowercase", "newssearch_smartcn_stop")
          .build();
      analysis = createTestAnalysis(new Index("articles", "_na_"), settings, new NewsSearchPlugin());
    }
    return analysis;
  }

  public void testEveryLanguageAnalyzerIsRegisteredAndGivesTheEmbeddedTokens() throws IOException {
    for (String suffix : LanguageAnalyzers.allSuffixes()) {
      Analyzer registered = analysis().indexAnalyzers.get(NewsSearchPlugin.analyzerName(suffix));
      assertNotNull("analyzer newssearch_" + suffix, registered);
      for (String text : TEXTS) {
        assertEquals(suffix + ": " + text, Tokens.of(LanguageAnalyzers.forSuffix(suffix), "body." + suffix, text),
            Tokens.of(registered, "body." + suffix, text));
      }
    }
  }

  public void testTheWordAnalyzerAndTheWordChainComposedOfTheRegisteredPartsGiveTheEmbeddedTokens()
      throws IOException {
    for (String name : List.of(NewsSearchPlugin.WORDS_ANALYZER, "composed_words")) {
      Analyzer registered = analysis().indexAnalyzers.get(name);
      for (String text : TEXTS) {
        assertEquals(name + ": " + text, Tokens.of(new ChineseWordAnalyzer(), "body", text),
            Tokens.of(registered, "body", text));
      }
    }
  }

  public void testTheRegisteredRunFiltersAfterStockBigramsGiveTheNeutralAnalyzersTokens() throws IOException {
    for (String text : TEXTS) {
      Tokenizer tokenizer = new StandardTokenizer();
      tokenizer.setReader(new StringReader(text));
      TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
      stream = analysis().tokenFilter.get("newssearch_run_breaks").create(stream);
      stream = analysis().tokenFilter.get("newssearch_run_edges").create(stream);
      try (TokenStream composed = stream) {
        assertEquals(text, Tokens.of(new NeutralAnalyzer(), "body.std", text), Tokens.of(composed));
      }
    }
  }

  public void testTraditionalTextIsIndexedAsSimplifiedBigramsWithOffsetsOnTheOriginal() throws IOException {
    Analyzer cjk = analysis().indexAnalyzers.get("newssearch_cjk");
    // Each bigram, then the run's last character alone at the same position (RunEdgeUnigrams).
    assertEquals("[泽伦[0-2,+1], 伦斯[1-3,+1], 斯基[2-4,+1], 基访[3-5,+1], 访问[4-6,+1], 问基[5-7,+1], 基辅[6-8,+1], 辅[7-8,+0]]",
        Tokens.of(cjk, "body.cjk", "澤倫斯基訪問基輔").toString());
    // Full-width digits folded, runs of Han kept apart (+3), a run after a letter or digit also starts alone.
    assertEquals("[第[0-1,+1], 27[1-3,+3], 届[3-4,+3], g7[4-6,+3], 峰会[6-8,+3], 峰[6-7,+0], 会[7-8,+0]]",
        Tokens.of(cjk, "body.cjk", "第２７屆G7峰會").toString());
  }
}
