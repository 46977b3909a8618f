package org.newssearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** For languages we have no analyzer for: word boundaries, lower case, and bigrams for CJK scripts. */
public final class NeutralAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Unicode word boundaries work for any script that separates words.
    Tokenizer tokenizer = new StandardTokenizer();
    // Case never changes meaning for search.
    TokenStream stream = new LowerCaseFilter(tokenizer);
    // Japanese and Korean runs get bigrams rather than one token per character.
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
