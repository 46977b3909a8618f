package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** The articles of a generation counted per source: what the outlet registry is checked against. */
public final class SourceCounts {

  private SourceCounts() {}

  /** Every source in {@code generation} with its number of articles, deleted ones not counted. */
  public static Map<String, Long> of(Path generation) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (FSDirectory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
      Terms terms = MultiTerms.getTerms(reader, Facet.SOURCE.field);
      if (terms == null) {
        return counts;
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      TermsEnum values = terms.iterator();
      for (BytesRef value = values.next(); value != null; value = values.next()) {
        String source = value.utf8ToString();
        // count, not docFreq: an update (index --add, --delete) leaves deleted documents in the terms
        long articles = searcher.count(new TermQuery(new Term(Facet.SOURCE.field, source)));
        if (articles > 0) {
          counts.put(source, articles);
        }
      }
    }
    return counts;
  }
}
