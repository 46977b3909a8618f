package org.newssearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Chinese words for precision: width folding, Traditional to Simplified, then smartcn segmentation clause by clause. */
public final class ChineseWordAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Width folding, then Traditional to Simplified (smartcn's dictionary is Simplified), in one pass
    // with offsets corrected, so that the segmenter sees one form and highlights land on the original.
    return TraditionalToSimplified.filter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Sentence and clause split, then HMM word segmentation over smartcn's dictionary.
    Tokenizer words = new ClauseSegmentingTokenizer();
    // Latin words inside Chinese text match regardless of case.
    TokenStream stream = new LowerCaseFilter(words);
    // smartcn emits punctuation as tokens; its default stop set drops them.
    stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
    return new TokenStreamComponents(words, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
