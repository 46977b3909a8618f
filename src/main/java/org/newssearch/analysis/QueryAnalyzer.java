package org.newssearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The index's analyzer as a query uses it: without the {@link RunEdgeUnigrams}. A phrase of bigrams
 * already implies its edge characters, and keeping them would turn every phrase into a costlier
 * phrase of alternatives; a query's own lone characters (第 and 届 in 第27届) stay.
 */
public final class QueryAnalyzer extends AnalyzerWrapper {

  private final Analyzer index;

  public QueryAnalyzer(Analyzer index) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.index = index;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return index;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(), new WithoutEdges(components.getTokenStream()));
  }

  /** Leaves out a lone CJK character that stands at the position of the token before it: an edge. */
  private static final class WithoutEdges extends FilteringTokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    WithoutEdges(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() throws IOException {
      return !isEdge(position.getPositionIncrement(), type.type());
    }
  }

  /** Whether a token of the index's analysis is an edge character: a lone CJK character at the position of the one before. */
  public static boolean isEdge(int positionIncrement, String type) {
    return positionIncrement == 0 && CJKBigramFilter.SINGLE_TYPE.equals(type);
  }
}
