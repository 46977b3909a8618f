package org.newssearch.opensearch;

import java.io.IOException;
import java.util.List;
import org.newssearch.index.Schema;
import org.newssearch.search.QueryBuilder;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.NamedWriteableRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The query type {@code newssearch_query}: its JSON, its wire form, and the Lucene query it builds,
 * which is the embedded engine's for the same text.
 */
public class NewsQueryBuilderTest extends OpenSearchTestCase {

  private static final QueryBuilder EMBEDDED = new QueryBuilder(Schema.analyzer());

  private NewsQueryBuilder parse(String json) throws IOException {
    try (XContentParser parser = createParser(JsonXContent.jsonXContent, json)) {
      parser.nextToken(); // the query type's object
      return NewsQueryBuilder.fromXContent(parser);
    }
  }

  public void testTheLuceneQueryIsTheEmbeddedEnginesForEveryKindOfQuery() {
    List<String> queries = List.of("泽连斯基", "澤倫斯基 基輔", "\"抵达莫斯科\"", "\"美国 特使\"~5", "(维特科夫 OR 威特科夫) NOT 莫斯科",
        "泽连斯基 source:新华社", "title:会见", "Zelensky lang:en", "Зеленський", "kyiv*", "the", "");
    for (String query : queries) {
      for (boolean variants : List.of(true, false)) {
        assertEquals(query + " variants=" + variants, EMBEDDED.textQuery(query, Schema.SUFFIXES, variants),
            new NewsQueryBuilder(query, variants, null).lucene(Schema.SUFFIXES));
      }
    }
  }

  public void testTheQueryTargetsTheEmbeddedSchemasFieldNames() {
    assertEquals("(title.cjk:\"泽连 连斯 斯基\" title.std:\"泽连 连斯 斯基\")^1.5",
        new NewsQueryBuilder("title:泽连斯基", false, null).lucene(Schema.SUFFIXES).toString());
    assertEquals("+source:新华社", new NewsQueryBuilder("+source:新华社", false, null).lucene(Schema.SUFFIXES).toString());
  }

  public void testTheJsonTakesQueryVariantsSuffixesBoostAndName() throws IOException {
    NewsQueryBuilder parsed = parse("{\"query\": \"泽连斯基\", \"variants\": false, \"suffixes\": [\"cjk\"], \"boost\": 2,"
        + " \"_name\": \"q1\"}");
    assertEquals(new NewsQueryBuilder("泽连斯基", false, List.of("cjk")).boost(2).queryName("q1"), parsed);
    assertEquals(new NewsQueryBuilder("泽连斯基", true, null), parse("{\"query\": \"泽连斯基\"}"));
  }

  public void testTheQueryCrossesTheWireUnchanged() throws IOException {
    NewsQueryBuilder original = new NewsQueryBuilder("泽连斯基 lang:zh", false, List.of("cjk", "std")).boost(1.5f);
    assertEquals(original, copyWriteable(original, new NamedWriteableRegistry(List.of()), NewsQueryBuilder::new));
  }

  public void testBadInputIsAParsingExceptionThatSaysWhatWasWrongAndWhatIsAccepted() {
    Object[][] table = {
        {"{\"query\": \"\\\"泽连斯基\"}", "cannot parse query '\"泽连斯基': a quote is not closed: phrases need a \" at both ends;"
            + " accepted: words, \"phrases\", \"a b\"~5, AND, OR, NOT, -word, (groups), word*,"},
        {"{\"query\": \"基辅 AND\"}", "cannot parse query '基辅 AND': "},
        {"{\"query\": \"基*辅\"}", "cannot parse query '基*辅': wildcards are accepted only at the end of a word (word*), not in '基*辅'"},
        {"{\"query\": \"基辅\", \"suffixes\": [\"zh\"]}", "[newssearch_query] unknown suffix 'zh'; accepted: cjk, en, ru, uk, std"},
        {"{\"query\": \"基辅\", \"fuzzy\": true}", "[newssearch_query] does not take [fuzzy] as VALUE_BOOLEAN; accepted: query, variants,"
            + " suffixes, boost, _name"},
        {"{\"variants\": true}", "[newssearch_query] needs [query]; accepted: query, variants, suffixes, boost, _name"},
    };
    for (Object[] row : table) {
      ParsingException e = expectThrows(ParsingException.class, (String) row[0], () -> parse((String) row[0]));
      assertTrue(e.getMessage() + " should start with " + row[1], e.getMessage().startsWith((String) row[1]));
    }
  }
}
