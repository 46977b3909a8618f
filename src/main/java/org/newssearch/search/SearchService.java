package org.newssearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.index.StoredText;
import org.newssearch.ingest.Article;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchResult.FacetCount;
import org.newssearch.search.SearchResult.Hit;

/** Answers searches over the serving index generation: ranked hits, snippets, facets, articles. */
public final class SearchService implements SearchBackend {

  /** Members of a copy group read at most: a wire story can run in hundreds of outlets. */
  public static final int MAX_COPIES = 100;
  /** The stored fields a hit needs: what it shows, and the body its snippets come from. */
  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Facet.SOURCE.field, Facet.LANG.field, Schema.DATE_ISO, Schema.URL, Schema.BODY,
          Schema.COPY_GROUP);

  private final IndexViews views;
  private final QueryBuilder queries;
  private final Analyzer analyzer = Schema.analyzer();
  private final SearchLimits limits;

  public SearchService(Path indexRoot) throws IOException {
    this(indexRoot, SearchLimits.DEFAULT);
  }

  public SearchService(Path indexRoot, SearchLimits limits) throws IOException {
    this(indexRoot, limits, NameVariants::shipped);
  }

  /**
   * A service that searches a name in every spelling {@code names} knows (the shipped gazetteer and a
   * user's aliases), asked for them when a first query needs them (building them takes a second).
   */
  public SearchService(Path indexRoot, SearchLimits limits, Supplier<NameVariants> names) throws IOException {
    this.views = new IndexViews(indexRoot);
    this.queries = new QueryBuilder(analyzer, names);
    this.limits = limits;
  }

  /** One page of hits with snippets and facets: request -> query -> collect -> highlight -> facets. */
  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      QueryBuilder.Parsed parsed = queries.parse(request.query(), view.suffixes, request.variants());
      // The budget is the search's own: a first query's loading of the dictionaries and names is not.
      Deadline deadline = Deadline.after(limits.searchBudget());
      Query text = parsed.query();
      Query query = QueryBuilder.withFilters(text, request);
      PageWindow window = PageWindow.of(request, view.commitKey);
      boolean grouped = request.groupCopies() && view.schemaVersion >= 3;
      MatchCollector.Collected found;
      ScoreDoc[] page;
      if (grouped) {
        // Collapsed pages are cut from the start: collect until enough stories fill this one.
        for (int attempt = 0; ; attempt++) {
          int depth = CopyCollapse.depthFor(window.depth(), attempt);
          found = view.matches.collect(query, window.sort(), null, depth, deadline);
          List<ScoreDoc> stories = CopyCollapse.firstOfEachGroup(view.searcher.getIndexReader(), found.top().scoreDocs,
              window.depth());
          if (stories.size() == window.depth() || found.top().scoreDocs.length < depth) {
            page = window.page(new TopDocs(found.top().totalHits, stories.toArray(ScoreDoc[]::new)));
            break;
          }
        }
      } else {
        found = view.matches.collect(query, window.sort(), window.after(), window.depth(), deadline);
        page = window.page(found.top());
      }
      if (request.sort() != SortOrder.RELEVANCE) {
        TopFieldCollector.populateScores(page, view.searcher, query);
      }
      List<Hit> hits = hits(view, text, new TopDocs(found.top().totalHits, page), grouped);
      Map<String, Integer> cardinality = new LinkedHashMap<>();
      Map<String, List<FacetCount>> facets = facets(view, found.counts(), text, request, deadline, cardinality);
      long total = found.counts().total();
      return new SearchResult(request.query(), total, (System.nanoTime() - start) / 1_000_000, hits, facets,
          cardinality, grouped ? StoryCount.of(view, query, deadline) : null, grouped ? null : window.next(page, total),
          parsed.expansions());
    } catch (IndexSearcher.TooManyClauses e) {
      throw BadRequestException.tooComplex();
    }
  }

  /**
   * Matches per interval for each query, side by side, with their share of all articles under the
   * same filters ({@code request}'s source, language and dates; its query text is ignored).
   */
  @Override
  public Timeline timeline(List<String> queryTexts, SearchRequest filters, DateHistogram interval) throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      return new TimelineCounter(queries, view.suffixes).count(view, queryTexts, filters, interval,
          Deadline.after(limits.searchBudget()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw BadRequestException.tooComplex();
    }
  }

  /**
   * The ids of the top {@code n} articles for {@code query} when only the analyzed fields with these
   * suffixes are searched (for example {@code zh} alone, or {@code cjk} alone): the retrieval
   * evaluation compares them with the product's combination ({@link Schema#SUFFIXES}).
   */
  public List<String> topIds(String query, int n, List<String> suffixes) throws IOException {
    Query q = queries.textQuery(query, suffixes);
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      StoredFields stored = view.searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : view.searcher.search(q, n).scoreDocs) {
        ids.add(stored.document(hit.doc, Set.of(Schema.ID)).get(Schema.ID));
      }
      return ids;
    }
  }

  /** The document number of the article with this id, if indexed. */
  private static OptionalInt docOf(IndexView view, String id) throws IOException {
    TopDocs found = view.searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    return found.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(found.scoreDocs[0].doc);
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      OptionalInt doc = docOf(view, id);
      return doc.isEmpty() ? Optional.empty()
          : Optional.of(ArticleDocuments.toArticle(view.searcher.storedFields().document(doc.getAsInt())));
    }
  }

  /**
   * The copy group of the article with this id, with its members; empty when no article has the id.
   * A generation without groups (built before schema 3) answers a group of none with no members.
   */
  @Override
  public Optional<CopyGroup> copyGroup(String articleId) throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      OptionalInt doc = docOf(view, articleId);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      String group = view.searcher.storedFields().document(doc.getAsInt(), Set.of(Schema.COPY_GROUP))
          .get(Schema.COPY_GROUP);
      return Optional.of(new CopyGroup(group, group == null ? List.of() : CopyMembers.of(view, group, MAX_COPIES)));
    }
  }

  @Override
  public IndexStats stats() throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      return IndexStats.of(view);
    }
  }

  @Override
  public String generation() throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      return lease.view().generation;
    }
  }

  @Override
  public boolean refresh() throws IOException {
    return views.refresh();
  }

  /** Walks every match of {@code request} in its sort order, page by page, with no cap. */
  @Override
  public void forEachMatch(SearchRequest request, Consumer<Article> each) throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      Query query = QueryBuilder.withFilters(queries.textQuery(request.query(), view.suffixes, request.variants()), request);
      Sort sort = PageWindow.sortOf(request.sort());
      StoredFields stored = view.searcher.storedFields();
      ScoreDoc after = null;
      while (true) {
        // Each page has the budget of a search: an export streams for as long as it has matches to send.
        Query budgeted = Deadline.after(limits.searchBudget()).wrap(query);
        TopDocs page = after == null ? view.searcher.search(budgeted, 1000, sort, true)
            : view.searcher.searchAfter(after, budgeted, 1000, sort, true);
        for (ScoreDoc hit : page.scoreDocs) {
          each.accept(ArticleDocuments.toArticle(stored.document(hit.doc)));
        }
        if (page.scoreDocs.length < 1000) {
          return;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    }
  }

  @Override
  public void close() throws IOException {
    views.close();
  }

  /** A hit's score: the sort value when sorted by relevance, else the second pass's. */
  private static float scoreOf(ScoreDoc hit) {
    if (hit instanceof FieldDoc fieldDoc && fieldDoc.fields[0] instanceof Float score) {
      return score;
    }
    return Float.isNaN(hit.score) ? 0f : hit.score;
  }

  /** The page's hits with their snippets; each document is read from the stored fields once. */
  private List<Hit> hits(IndexView view, Query text, TopDocs page, boolean grouped) throws IOException {
    StoredFields stored = view.searcher.storedFields();
    Document[] docs = new Document[page.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = stored.document(page.scoreDocs[i].doc, HIT_FIELDS);
    }
    List<String>[] snippets = new Snippets(view, analyzer).body(text, page, docs);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = docs[i];
      String group = doc.get(Schema.COPY_GROUP);
      // A group's size is its term's document count: no postings read for the usual group of one.
      long copies = group == null ? 0 : view.searcher.count(new TermQuery(new Term(Schema.COPY_GROUP, group))) - 1;
      List<String> copiesIn = grouped && copies > 0 ? CopyMembers.outlets(view, group, doc.get(Schema.ID)) : List.of();
      hits.add(new Hit(doc.get(Schema.ID), StoredText.read(doc, Schema.TITLE), doc.get(Facet.SOURCE.field), doc.get(Facet.LANG.field),
          doc.get(Schema.DATE_ISO), doc.get(Schema.URL), scoreOf(page.scoreDocs[i]), snippets[i], group, copies,
          copiesIn));
    }
    return hits;
  }

  /**
   * Facet counts that follow every filter, except that a facet with selected values is counted
   * without its own filter, so selecting one outlet does not hide its siblings (multi-select); then
   * the matches per date bucket.
   */
  private static Map<String, List<FacetCount>> facets(IndexView view, FacetTally.Counts counts, Query text,
      SearchRequest request, Deadline deadline, Map<String, Integer> cardinality) throws IOException {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      FacetTally.Counts facetCounts = counts;
      if (!request.selected(facet).isEmpty()) {
        Query sideways = QueryBuilder.withFilters(text, request.withoutFilter(facet));
        facetCounts = view.count(sideways, deadline);
      }
      facets.put(facet.field, facetCounts.top(facet.field, request.facetSize()));
      cardinality.put(facet.field, facetCounts.cardinality(facet.field));
    }
    facets.put(Schema.DATE, counts.dates());
    return facets;
  }

  @Override
  public Optional<ArticleHighlighter.Highlighted> highlightedArticle(String id, String queryText, boolean variants)
      throws IOException {
    try (IndexViews.Lease lease = views.acquire()) {
      IndexView view = lease.view();
      Query text = queries.textQuery(queryText == null ? "" : queryText.strip(), view.suffixes, variants);
      return new ArticleHighlighter(view, analyzer).highlight(id, text);
    }
  }
}
