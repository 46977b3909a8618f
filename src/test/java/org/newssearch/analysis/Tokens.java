package org.newssearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Renders an analyzer's tokens as strings, for token tables in tests. */
final class Tokens {

  private Tokens() {}

  /** Renders tokens as "term start end" strings. */
  static List<String> of(Analyzer analyzer, String text) {
    return render(analyzer, text, false);
  }

  /** Renders tokens as "term@position" strings, positions counted from 0. */
  static List<String> withPositions(Analyzer analyzer, String text) {
    return render(analyzer, text, true);
  }

  private static List<String> render(Analyzer analyzer, String text, boolean positions) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(positions ? term + "@" + position : term + " " + offsets.startOffset() + " " + offsets.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
