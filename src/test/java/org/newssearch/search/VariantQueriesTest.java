package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.names.NameVariants;

/** A name of several words typed without quotes is handed to the parser whole, as a phrase. */
class VariantQueriesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "European Union talks => \"European Union\" talks",
      "Donald Trump OR 普京 => \"Donald Trump\" OR 普京",
      "Kim Jong-un  visit => \"Kim Jong-un\" visit",
      "talks in   Chasiv Yar => talks in \"Chasiv Yar\"",
      "\"Donald Trump\" => \"Donald Trump\"",
      "\"talks with Donald Trump\" => \"talks with Donald Trump\"",
      "title:Donald Trump => title:Donald Trump",
      "-Donald Trump => -Donald Trump",
      "Donald AND Trump => Donald AND Trump",
      "European union ministers => \"European union\" ministers",
      "United Nations Security => \"United Nations\" Security",
  })
  void plainWordsThatSpellANameAreQuoted(String query, String quoted) {
    assertThat(VariantQueries.quoteNames(query, NameVariants.shipped())).isEqualTo(quoted);
  }

  @org.junit.jupiter.api.Test
  void aCachedSpellingsQueryIsTheQueryMadeAfresh() {
    QueryBuilder builder = new QueryBuilder(org.newssearch.index.Schema.analyzer());
    java.util.List<String> suffixes = org.newssearch.index.Schema.SUFFIXES;
    for (String query : java.util.List.of("红军城", "Zelensky AND 红军城", "\"泽伦斯基与威特科夫\"", "title:Pokrovsk")) {
      org.apache.lucene.search.Query first = builder.parse(query, suffixes, true).query();
      assertThat(builder.parse(query, suffixes, true).query()).as(query).isEqualTo(first)
          .isEqualTo(new QueryBuilder(org.newssearch.index.Schema.analyzer()).parse(query, suffixes, true).query());
    }
    assertThat(builder.parse("title:Pokrovsk", suffixes, true).query())
        .isNotEqualTo(builder.parse("Pokrovsk", suffixes, true).query());
  }

  @org.junit.jupiter.api.Test
  void anotherSpellingIsLookedForInTheFieldsOfItsScriptsLanguages() {
    org.apache.lucene.search.Query query = new QueryBuilder(org.newssearch.index.Schema.analyzer())
        .parse("泽连斯基", org.newssearch.index.Schema.SUFFIXES, true).query();
    java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
    query.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
    java.util.Set<String> cyrillic = new java.util.TreeSet<>();
    java.util.Set<String> latin = new java.util.TreeSet<>();
    for (org.apache.lucene.index.Term term : terms) {
      String field = term.field().substring(term.field().indexOf('.') + 1);
      if (term.text().startsWith("зеленск")) {
        cyrillic.add(field);
      } else if (term.text().startsWith("zelensk")) {
        latin.add(field);
      }
    }
    assertThat(cyrillic).containsExactly("ru", "std", "uk");
    assertThat(latin).containsExactly("en", "std");
  }
}
