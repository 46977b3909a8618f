package org.newssearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese bigrams for recall: width folding, Traditional to Simplified, then overlapping pairs of
 * Han characters, so a name the segmenter splits into single characters is still found as a phrase.
 */
public final class ChineseBigramAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Same normalization as the word field (width folding + T->S), so both fields see the same text.
    return TraditionalToSimplified.filter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Unicode word boundaries: every Han character becomes its own token, Latin words stay whole.
    Tokenizer tokenizer = new StandardTokenizer();
    // Latin words match regardless of case.
    TokenStream stream = new LowerCaseFilter(tokenizer);
    // Adjacent Han characters become overlapping bigrams; a lone character stays a unigram.
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
