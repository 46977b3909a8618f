package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

/**
 * A facet with more values than the sidebar lists offers them all ("all 13"), with a box that narrows
 * them to those containing some text, and a way back to the top values; no script involved.
 */
class FacetShowAllHttpTest {

  @TempDir static Path dir;
  private static TestServer server;

  /** 13 outlets, outlet k with k articles, so the order of the facet is known. */
  @BeforeAll
  static void serve() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int outlet = 1; outlet <= 13; outlet++) {
      String source = (outlet % 2 == 0 ? "Agency " : "Daily ") + outlet;
      for (int k = 0; k < outlet; k++) {
        lines.add("{\"id\": \"o" + outlet + "-" + k + "\", \"title\": \"report " + outlet + " " + k
            + "\", \"body\": \"A report on the talks, number " + k + ".\", \"source\": \"" + source
            + "\", \"lang\": \"en\", \"date\": \"2025-02-18\"}");
      }
    }
    server = TestServer.start(TestIndexes.ofJsonLines(dir, lines.toArray(String[]::new)));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void theSidebarListsTheTopTenAndLinksToAllThirteen() throws Exception {
    String sidebar = sidebar("/?q=report");
    assertThat(sources(sidebar)).containsExactly(IntStream.iterate(13, k -> k - 1).limit(10)
        .mapToObj(k -> (k % 2 == 0 ? "Agency " : "Daily ") + k).toArray(String[]::new));
    assertThat(sidebar).contains("<a class=\"plain more\" href=\"/?q=report&amp;all=source\">all 13</a>");
    assertThat(sidebar).doesNotContain("<form class=\"finder\"");
  }

  @Test
  void allListsEveryValueWithABoxThatKeepsThePageStateAndALinkBack() throws Exception {
    String sidebar = sidebar("/?q=report&all=source");
    assertThat(sources(sidebar)).hasSize(13).contains("Daily 1", "Agency 2");
    assertThat(sidebar).contains("<form class=\"finder\" method=\"get\" action=\"/\">"
        + "<input type=\"hidden\" name=\"q\" value=\"report\"><input type=\"hidden\" name=\"all\" value=\"source\">")
        .contains("<input type=\"search\" name=\"find\" value=\"\">")
        .contains("<a class=\"plain\" href=\"/?q=report\">top 10</a>")
        .doesNotContain("all 13");
  }

  @Test
  void theBoxNarrowsTheValuesToThoseContainingTheTextInAnyCase() throws Exception {
    assertThat(sources(sidebar("/?q=report&all=source&find=AGENCY+1"))).containsExactly("Agency 12", "Agency 10");
    assertThat(sources(sidebar("/?q=report&all=source&find=nothing-like-it"))).isEmpty();
  }

  private static String sidebar(String url) throws Exception {
    String page = server.http().get(url).body();
    return page.substring(page.indexOf("<aside"), page.indexOf("</aside>"));
  }

  /** The source values the sidebar links, in order. */
  private static List<String> sources(String sidebar) {
    String list = sidebar.substring(sidebar.indexOf("facet-source"));
    list = list.substring(0, list.indexOf("</ul>"));
    Matcher m = Pattern.compile("source=[^\"]*\">([^<]+)</a>").matcher(list);
    List<String> values = new ArrayList<>();
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}
