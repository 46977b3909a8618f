package org.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats passages as HTML-escaped strings with {@code <mark>} around each match: the only markup. */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      StringBuilder out = new StringBuilder();
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue; // overlapping matches (words and bigrams of one name) are marked once
        }
        // Adjacent or overlapping matches merge into one mark: a name is marked as one match.
        while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
          end = Math.max(end, passage.getMatchEnds()[++i]);
        }
        Html.escape(content, pos, start, out);
        out.append("<mark>");
        Html.escape(content, start, end, out);
        out.append("</mark>");
        pos = end;
      }
      Html.escape(content, pos, passage.getEndOffset(), out);
      snippets.add(out.toString().strip());
    }
    return snippets;
  }
}
