package org.newssearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Chinese words for precision: width folding, Traditional to Simplified, then smartcn segmentation. */
public final class ChineseWordAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Full-width Latin and digits fold first, so that the conversion and segmenter see one form.
    Reader folded = new CJKWidthCharFilter(reader);
    // smartcn's dictionary is Simplified: convert before segmenting (with offsets corrected).
    return TraditionalToSimplified.filter(folded);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Sentence split and HMM word segmentation over smartcn's dictionary.
    Tokenizer words = new HMMChineseTokenizer();
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
