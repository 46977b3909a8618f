package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.search.QueryCheck;
import org.newssearch.search.SearchResult.FacetCount;
import org.newssearch.search.SearchResult.Hit;

/** Reads OpenSearch's answers into the result records the API and the form show. */
final class ClusterResults {

  private ClusterResults() {}

  /**
   * The hits of a search answer with their snippets ({@code snippets.get(i)} is the i-th hit's), their
   * groups' sizes ({@code groups}: a terms aggregation over {@code copy_group}) and, when
   * {@code grouped}, the outlets of their copies.
   */
  static List<Hit> hits(JsonNode answer, List<List<String>> snippets, JsonNode groups, boolean grouped) {
    Map<String, JsonNode> byGroup = new LinkedHashMap<>();
    groups.path("buckets").forEach(bucket -> byGroup.put(bucket.path("key").asText(), bucket));
    List<Hit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      String id = ClusterDocuments.first(source, Schema.ID);
      String group = ClusterDocuments.first(source, Schema.COPY_GROUP);
      JsonNode bucket = group == null ? null : byGroup.get(group);
      long copies = bucket == null ? 0 : Math.max(0, bucket.path("doc_count").asLong() - 1);
      hits.add(new Hit(id, ClusterDocuments.original(source, Schema.TITLE),
          ClusterDocuments.first(source, Facet.SOURCE.field), ClusterDocuments.first(source, Facet.LANG.field),
          ClusterDocuments.first(source, Schema.DATE_ISO), ClusterDocuments.first(source, Schema.URL),
          (float) hit.path("_score").asDouble(0), snippets.get(hits.size()), group, copies,
          grouped && copies > 0 ? outlets(bucket.path("earliest"), id) : List.of()));
    }
    return hits;
  }

  /** The outlets of a group's earliest articles other than {@code id}, each once, at most {@link Hit#COPY_OUTLETS}. */
  private static List<String> outlets(JsonNode earliest, String id) {
    Set<String> outlets = new LinkedHashSet<>();
    for (JsonNode member : earliest.path("hits").path("hits")) {
      JsonNode source = member.path("_source");
      if (!id.equals(ClusterDocuments.first(source, Schema.ID)) && outlets.size() < Hit.COPY_OUTLETS) {
        outlets.add(ClusterDocuments.first(source, Facet.SOURCE.field));
      }
    }
    return List.copyOf(outlets);
  }

  /** Per facet its counted values, then the date facet, as the embedded search lists them. */
  static Map<String, List<FacetCount>> facets(JsonNode aggregations, Map<String, Integer> cardinality) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      JsonNode agg = aggregations.path(facet.field);
      facets.put(facet.field, counts(agg.path("values")));
      cardinality.put(facet.field, agg.path("cardinality").path("value").asInt());
    }
    facets.put(Schema.DATE, dates(aggregations.path(Schema.DATE).path("days")));
    return facets;
  }

  /** The buckets of a terms aggregation. */
  static List<FacetCount> counts(JsonNode terms) {
    List<FacetCount> counts = new ArrayList<>();
    for (JsonNode bucket : terms.path("buckets")) {
      counts.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return counts;
  }

  /** A histogram of local epoch seconds per day, in the embedded date facet's buckets. */
  static List<FacetCount> dates(JsonNode histogram) {
    QueryCheck.DayCounts days = days(histogram, 0);
    return QueryCheck.dateFacet(days.days(), days.matches());
  }

  /** A histogram of local epoch seconds per day as days since 1970-01-01, with the matches of {@code total} undated. */
  static QueryCheck.DayCounts days(JsonNode histogram, long total) {
    JsonNode buckets = histogram.path("buckets");
    long[] days = new long[buckets.size()];
    long[] matches = new long[buckets.size()];
    long dated = 0;
    for (int i = 0; i < days.length; i++) {
      days[i] = Math.floorDiv((long) buckets.get(i).path("key").asDouble(), ClusterRequests.DAY_SECONDS);
      matches[i] = buckets.get(i).path("doc_count").asLong();
      dated += matches[i];
    }
    return new QueryCheck.DayCounts(days, matches, Math.max(0, total - dated));
  }
}
