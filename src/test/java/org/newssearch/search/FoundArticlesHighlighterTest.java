package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newssearch.TestIndexes;
import org.newssearch.ingest.Article;
import org.newssearch.names.NameVariants;

/**
 * Articles found elsewhere (by the OpenSearch backend) are marked exactly as the embedded search marks
 * them: the same snippets and the same article view, character for character, over the search fixture
 * (Simplified, Traditional, English, Russian, Ukrainian).
 */
class FoundArticlesHighlighterTest {

  private static SearchService embedded;
  private static final FoundArticlesHighlighter FOUND = new FoundArticlesHighlighter(NameVariants::shipped);

  @BeforeAll
  static void open() throws IOException {
    embedded = new SearchService(TestIndexes.searchArticles());
  }

  @AfterAll
  static void close() throws IOException {
    embedded.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"泽连斯基", "澤倫斯基", "Zelensky", "Путин", "Зеленський", "\"乌克兰危机\"", "乌克兰 AND 危机",
      "停火会谈", "俄罗斯 -普京", "普京 OR Trump", "title:泽连斯基", "沙特", "乌*", ""})
  void snippetsAndTheArticleViewAreTheEmbeddedOnes(String query) throws IOException {
    for (boolean variants : new boolean[] {true, false}) {
      SearchResult result = embedded.search(SearchRequest.of(query).withVariants(variants).withPage(50, null));
      List<Article> articles = new ArrayList<>();
      for (SearchResult.Hit hit : result.hits()) {
        articles.add(embedded.article(hit.id()).orElseThrow());
      }
      List<List<String>> snippets = FOUND.snippets(query, variants, articles);
      for (int i = 0; i < articles.size(); i++) {
        String id = articles.get(i).id();
        assertThat(snippets.get(i)).as("snippets of %s, variants %s", id, variants)
            .isEqualTo(result.hits().get(i).snippets());
        ArticleHighlighter.Highlighted view = embedded.highlightedArticle(id, query, variants).orElseThrow();
        ArticleHighlighter.Highlighted found = FOUND.article(articles.get(i), query, variants);
        assertThat(found.titleHtml()).as("title of %s", id).isEqualTo(view.titleHtml());
        assertThat(found.bodyHtml()).as("body of %s", id).isEqualTo(view.bodyHtml());
      }
    }
  }

  @Test
  void aNameIsMarkedInEachArticlesOwnSpellingAsOneMatch() throws IOException {
    List<Article> articles = List.of(embedded.article("a02").orElseThrow(), embedded.article("a03").orElseThrow(),
        embedded.article("a06").orElseThrow());
    List<List<String>> snippets = FOUND.snippets("泽连斯基", true, articles);
    assertThat(marks(snippets.get(0))).containsOnly("泽连斯基");
    assertThat(marks(snippets.get(1))).containsOnly("澤倫斯基");
    assertThat(marks(snippets.get(2))).containsOnly("Zelensky");
    assertThat(marks(FOUND.article(articles.get(2), "泽连斯基", true).titleHtml())).containsExactly("Zelensky");
  }

  @Test
  void anArticleTheQueryDoesNotMatchIsShownUnmarked() throws IOException {
    Article article = embedded.article("a04").orElseThrow();
    ArticleHighlighter.Highlighted view = FOUND.article(article, "泽连斯基 AND 利雅得", true);
    assertThat(view.titleHtml()).isEqualTo(Html.escape(article.title()));
    assertThat(view.bodyHtml()).isEqualTo(Html.escape(article.body()));
    assertThat(FOUND.snippets("x", true, List.of())).isEmpty();
  }

  private static List<String> marks(List<String> snippets) {
    return marks(String.join(" ", snippets));
  }

  private static List<String> marks(String html) {
    Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(html);
    List<String> marks = new ArrayList<>();
    while (m.find()) {
      marks.add(m.group(1));
    }
    return marks;
  }
}
