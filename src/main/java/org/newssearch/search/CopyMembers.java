package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.search.SearchResult.Hit;

/** The articles of a copy group ({@code copy_group}), earliest first, undated last. */
final class CopyMembers {

  private CopyMembers() {}

  /** The group's articles, at most {@code max}. */
  static List<Article> of(IndexView view, String group, int max) throws IOException {
    StoredFields stored = view.searcher.storedFields();
    List<Article> members = new ArrayList<>();
    for (ScoreDoc hit : earliest(view, group, max).scoreDocs) {
      members.add(ArticleDocuments.toArticle(stored.document(hit.doc)));
    }
    return members;
  }

  /** The outlets of the group's articles other than {@code id}, each once, at most {@link Hit#COPY_OUTLETS}. */
  static List<String> outlets(IndexView view, String group, String id) throws IOException {
    StoredFields stored = view.searcher.storedFields();
    Set<String> outlets = new LinkedHashSet<>();
    for (ScoreDoc member : earliest(view, group, 4 * Hit.COPY_OUTLETS).scoreDocs) {
      Document doc = stored.document(member.doc, Set.of(Schema.ID, Facet.SOURCE.field));
      if (!doc.get(Schema.ID).equals(id) && outlets.size() < Hit.COPY_OUTLETS) {
        outlets.add(doc.get(Facet.SOURCE.field));
      }
    }
    return List.copyOf(outlets);
  }

  private static TopDocs earliest(IndexView view, String group, int n) throws IOException {
    return view.searcher.search(new TermQuery(new Term(Schema.COPY_GROUP, group)), n,
        PageWindow.sortOf(SortOrder.DATE_ASC));
  }
}
