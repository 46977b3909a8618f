package org.newssearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.newssearch.ingest.Article;

/**
 * Where the articles indexed before a build come from, which its articles may copy ({@link
 * CopyGroups}): none (a new generation), the index added to ({@link #inIndex}), or another store (an
 * OpenSearch cluster's serving index).
 */
public interface IndexedArticles {

  /** Nothing indexed before the build (a new generation). */
  IndexedArticles NONE = (span, each) -> {};

  /** Gives {@code each} every indexed article within {@code span}, with its copy group. */
  void within(Span span, BiConsumer<Article, String> each) throws IOException;

  /**
   * When an indexed article may be copied by an article of a build: always when {@code everything}
   * (an article of the build is undated), else when it is undated or dated within one of
   * {@code ranges} (local epoch seconds, inclusive, ascending, apart).
   */
  record Span(boolean everything, List<Range> ranges) {

    /** The span of {@code build}: within {@link CopyGroups#MAX_SPAN_SECONDS} of one of its articles. */
    static Span of(Collection<CopyGroups.Signed> build) {
      if (build.stream().anyMatch(signed -> signed.date() == Long.MAX_VALUE)) {
        return new Span(true, List.of());
      }
      long[] dates = build.stream().mapToLong(CopyGroups.Signed::date).sorted().toArray();
      List<Range> ranges = new ArrayList<>();
      for (int i = 0; i < dates.length; ) {
        long from = dates[i] - CopyGroups.MAX_SPAN_SECONDS;
        long to = dates[i] + CopyGroups.MAX_SPAN_SECONDS;
        for (i++; i < dates.length && dates[i] - CopyGroups.MAX_SPAN_SECONDS <= to; i++) {
          to = dates[i] + CopyGroups.MAX_SPAN_SECONDS;
        }
        ranges.add(new Range(from, to));
      }
      return new Span(false, ranges);
    }
  }

  /** Local epoch seconds from {@code from} to {@code to}, inclusive. */
  record Range(long from, long to) {}

  /**
   * The articles of the index {@code writer} writes, as a reader of it sees them when asked (the
   * build's own articles among them: {@link CopyGroups} leaves those out by id).
   */
  static IndexedArticles inIndex(IndexWriter writer) {
    return (span, each) -> {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query(span), Math.max(1, reader.maxDoc())).scoreDocs) {
          Document doc = stored.document(hit.doc);
          String group = doc.get(Schema.COPY_GROUP);
          each.accept(ArticleDocuments.toArticle(doc), group == null ? doc.get(Schema.ID) : group);
        }
      }
    };
  }

  /** The articles of a span as a Lucene query. */
  private static Query query(Span span) {
    if (span.everything() || span.ranges().size() >= IndexSearcher.getMaxClauseCount() - 1) {
      return new MatchAllDocsQuery(); // dates spread over too many weeks: every article may be a candidate
    }
    BooleanQuery.Builder near = new BooleanQuery.Builder();
    near.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
        .add(new FieldExistsQuery(Schema.DATE), BooleanClause.Occur.MUST_NOT).build(), BooleanClause.Occur.SHOULD);
    for (Range range : span.ranges()) {
      near.add(LongPoint.newRangeQuery(Schema.DATE, range.from(), range.to()), BooleanClause.Occur.SHOULD);
    }
    return near.build();
  }
}
