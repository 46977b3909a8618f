package org.newssearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * For languages we have no analyzer for: word boundaries, lower case, and bigrams for CJK scripts.
 * {@link ChineseBigramAnalyzer} runs the same chain over text converted to Simplified.
 */
public class NeutralAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Unicode word boundaries work for any script that separates words.
    Tokenizer tokenizer = new StandardTokenizer();
    // Case never changes meaning for search.
    TokenStream stream = new LowerCaseFilter(tokenizer);
    // Adjacent Han (and kana, hangul) characters become overlapping bigrams; a lone one stays a unigram.
    stream = new CJKBigramFilter(stream);
    // Runs of those characters stand apart, so a phrase of bigrams may skip every other one.
    stream = new RunBreakPositions(stream);
    // A character ending a run, or starting one after a digit or letter, also stands alone.
    stream = new RunEdgeUnigrams(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
