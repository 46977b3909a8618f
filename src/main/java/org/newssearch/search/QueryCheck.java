package org.newssearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.newssearch.index.Schema;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchResult.Expansion;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * The parts of the embedded search that another backend (an OpenSearch cluster) shares: a query's
 * text parsed here, so that a bad query gets the same 400 and a name the same expansions on both
 * backends, and the date facet's buckets.
 */
public final class QueryCheck {

  private final QueryBuilder queries;

  /** A check whose names are those of {@code names} (the shipped gazetteer and the user's aliases). */
  public QueryCheck(Supplier<NameVariants> names) {
    this.queries = new QueryBuilder(Schema.analyzer(), names);
  }

  /**
   * The names of {@code text} searched in other spellings (none unless {@code variants}).
   *
   * @throws BadRequestException when the text cannot be parsed, as the embedded search says it
   */
  public List<Expansion> expansions(String text, boolean variants) {
    try {
      return queries.parse(text, Schema.SUFFIXES, variants).expansions();
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw BadRequestException.tooComplex();
    }
  }

  /**
   * Matches per local day of one count: the days ascending (since 1970-01-01), the matches on each,
   * and the matches without a date.
   */
  public record DayCounts(long[] days, long[] matches, long undated) {}

  /** A timeline compares 1 to {@link Timeline#MAX_QUERIES} queries: a 400 otherwise. */
  public static void checkTimeline(List<String> texts) {
    TimelineCounter.checkQueries(texts);
  }

  /**
   * The timeline of {@code texts} from matches per day, as the embedded search draws it: {@code all}
   * are every article's under the filters (the shares' denominators), {@code perQuery} each query's.
   */
  public static Timeline timeline(List<String> texts, SearchRequest filters, DateHistogram interval, DayCounts all,
      List<DayCounts> perQuery) {
    Map<String, Long> totals = perBucket(all, interval);
    List<String> labels = TimelineCounter.labels(totals, filters, interval);
    List<Long> totalColumn = labels.stream().map(b -> totals.getOrDefault(b, 0L)).toList();
    List<Timeline.Series> series = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      DayCounts matches = perQuery.get(i);
      series.add(TimelineCounter.series(texts.get(i), perBucket(matches, interval), labels, totalColumn,
          LongStream.of(matches.matches()).sum(), matches.undated()));
    }
    return new Timeline(interval.name().toLowerCase(Locale.ROOT), labels, totalColumn, series);
  }

  private static Map<String, Long> perBucket(DayCounts counts, DateHistogram interval) {
    Map<String, Long> perBucket = new HashMap<>();
    for (FacetCount bucket : interval.count(counts.days(), counts.matches())) {
      perBucket.put(bucket.value(), bucket.count());
    }
    return perBucket;
  }

  /**
   * The date facet of a search from its matches per day ({@code days} ascending, days since
   * 1970-01-01 in local time), in buckets that suit their span, as the embedded search lists it.
   */
  public static List<FacetCount> dateFacet(long[] days, long[] matches) {
    DateHistogram interval = days.length == 0 ? DateHistogram.DAY : DateHistogram.suiting(days[days.length - 1] - days[0]);
    return interval.count(days, matches);
  }
}
