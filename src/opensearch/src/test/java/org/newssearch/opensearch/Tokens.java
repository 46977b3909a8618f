package org.newssearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A token as a test compares it: its text, offsets into the original and position increment. */
record Tokens(String term, int start, int end, int increment) {

  @Override
  public String toString() {
    return term + "[" + start + "-" + end + ",+" + increment + "]";
  }

  /** Every token {@code analyzer} makes of {@code text} in the field {@code field}. */
  static List<Tokens> of(Analyzer analyzer, String field, String text) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      return of(stream);
    }
  }

  /** Every token of a stream not yet reset, which this consumes and ends (the caller closes it). */
  static List<Tokens> of(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    List<Tokens> tokens = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(new Tokens(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
    }
    stream.end();
    return tokens;
  }
}
