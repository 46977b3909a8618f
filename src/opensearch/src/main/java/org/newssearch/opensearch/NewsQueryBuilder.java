package org.newssearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.newssearch.index.Schema;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.QueryBuilder;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;

/**
 * The query type {@code newssearch_query}: the user syntax of docs/query-language.md compiled by the
 * embedded engine's own parser ({@link QueryBuilder}) into the same Lucene query, over the same fields
 * ({@code title.cjk}, {@code body.en}, ..., and the facet keyword fields).
 *
 * <p>{@code {"newssearch_query": {"query": "泽连斯基 基辅", "variants": true}}}; optional {@code suffixes}
 * (the analysis suffixes searched; by default those the index maps), {@code boost} and {@code _name}.
 */
public final class NewsQueryBuilder extends AbstractQueryBuilder<NewsQueryBuilder> {

  public static final String NAME = "newssearch_query";
  private static final String ACCEPTED = "query, variants, suffixes, boost, _name";

  /** One parser for the node, as the embedded engine has one per service (it caches name variants' queries). */
  private static final class Embedded {
    static final QueryBuilder QUERIES = new QueryBuilder(Schema.analyzer());
  }

  private final String query;
  private final boolean variants;
  /** The analysis suffixes to search, or null for those the index maps. */
  private final List<String> suffixes;

  /** A query in the user syntax; {@code variants} searches names in all their spellings. */
  public NewsQueryBuilder(String query, boolean variants, List<String> suffixes) {
    this.query = Objects.requireNonNull(query, "query");
    this.variants = variants;
    this.suffixes = suffixes == null ? null : List.copyOf(suffixes);
  }

  /** Read from another node. */
  public NewsQueryBuilder(StreamInput in) throws IOException {
    super(in);
    this.query = in.readString();
    this.variants = in.readBoolean();
    this.suffixes = in.readBoolean() ? in.readStringList() : null;
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(query);
    out.writeBoolean(variants);
    out.writeBoolean(suffixes != null);
    if (suffixes != null) {
      out.writeStringCollection(suffixes);
    }
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME).field("query", query).field("variants", variants);
    if (suffixes != null) {
      builder.field("suffixes", suffixes);
    }
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /** Parses the request's object; a query the user syntax rejects fails here, as a 400 with the parser's message. */
  public static NewsQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String query = null;
    boolean variants = true;
    List<String> suffixes = null;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    String field = null;
    for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
        token = parser.nextToken()) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if (token == XContentParser.Token.START_ARRAY && "suffixes".equals(field)) {
        suffixes = new ArrayList<>();
        while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
          suffixes.add(parser.text());
        }
      } else if (token.isValue() && "query".equals(field)) {
        query = parser.text();
      } else if (token.isValue() && "variants".equals(field)) {
        variants = parser.booleanValue();
      } else if (token.isValue() && BOOST_FIELD.match(field, parser.getDeprecationHandler())) {
        boost = parser.floatValue();
      } else if (token.isValue() && NAME_FIELD.match(field, parser.getDeprecationHandler())) {
        queryName = parser.text();
      } else {
        throw new ParsingException(parser.getTokenLocation(),
            "[" + NAME + "] does not take [" + field + "] as " + token + "; accepted: " + ACCEPTED);
      }
    }
    if (query == null) {
      throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] needs [query]; accepted: " + ACCEPTED);
    }
    NewsQueryBuilder builder = new NewsQueryBuilder(query, variants, suffixes);
    try {
      builder.lucene(suffixes == null ? Schema.SUFFIXES : suffixes);
    } catch (IllegalArgumentException e) {
      throw new ParsingException(parser.getTokenLocation(), e.getMessage(), e);
    }
    return builder.boost(boost).queryName(queryName);
  }

  @Override
  protected Query doToQuery(QueryShardContext context) {
    return lucene(suffixes != null ? suffixes : mappedSuffixes(context));
  }

  /** The embedded engine's query; bad syntax as an IllegalArgumentException (a 400) with its message. */
  Query lucene(List<String> searched) {
    for (String suffix : searched) {
      if (!Schema.SUFFIXES.contains(suffix)) {
        throw new IllegalArgumentException("[" + NAME + "] unknown suffix '" + suffix + "'; accepted: "
            + String.join(", ", Schema.SUFFIXES));
      }
    }
    try {
      return Embedded.QUERIES.textQuery(query, searched, variants);
    } catch (BadRequestException e) {
      throw new IllegalArgumentException(e.getMessage() + "; " + e.detail(), e);
    }
  }

  /** The suffixes of which the index maps a title or body field, as the embedded engine searches those it holds. */
  private static List<String> mappedSuffixes(QueryShardContext context) {
    return Schema.SUFFIXES.stream().filter(suffix -> Schema.TEXT_FIELDS.stream()
        .anyMatch(base -> context.fieldMapper(Schema.analyzed(base, suffix)) != null)).toList();
  }

  @Override
  protected boolean doEquals(NewsQueryBuilder other) {
    return query.equals(other.query) && variants == other.variants && Objects.equals(suffixes, other.suffixes);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(query, variants, suffixes);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
