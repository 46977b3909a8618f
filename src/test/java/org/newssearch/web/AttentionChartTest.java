package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newssearch.search.Timeline;

class AttentionChartTest {

  /** As /api/timeline gives it: every month, February without articles. */
  private static final Timeline TWO_QUERIES = new Timeline("month", List.of("2025-01", "2025-02", "2025-03"),
      List.of(10L, 0L, 8L),
      List.of(new Timeline.Series("停火", 5, 0, List.of(4L, 0L, 1L), List.of(0.4, 0.0, 0.125)),
          new Timeline.Series("<b>x</b>", 2, 0, List.of(0L, 0L, 2L), List.of(0.0, 0.0, 0.25))));

  private static String render(Timeline timeline) {
    return render(timeline, Map.of("q", List.of("停火"), "measure", List.of("count")));
  }

  private static String render(Timeline timeline, Map<String, List<String>> state) {
    return Layout.render("chart.jte", new AttentionChart(timeline, PageState.of(state)));
  }

  private static String bars(String html) {
    Matcher bars = Pattern.compile("data-series=\"(\\d)\"[^>]* height=\"([0-9.]+)\"").matcher(html);
    StringBuilder seen = new StringBuilder();
    while (bars.find()) {
      seen.append(bars.group(1)).append(':').append(bars.group(2)).append(' ');
    }
    return seen.toString().strip();
  }

  @Test
  void barHeightsAreProportionalToCountsOnARoundedAxis() {
    // the largest count is 4, the axis tops at 5: a plot 166 units high gives 4 -> 132.8, 2 -> 66.4
    // three months (February empty), two series each
    assertThat(bars(render(TWO_QUERIES))).isEqualTo("0:132.8 1:0.0 0:0.0 1:0.0 0:33.2 1:66.4");
  }

  @Test
  void comparedQueriesAreDrawnAsSharesOfAllArticlesUnlessCountsAreAsked() {
    Map<String, List<String>> compared = Map.of("q", List.of("停火"), "compare", List.of("<b>x</b>"));
    String html = render(TWO_QUERIES, compared);
    // shares 0.4, 0.0 | 0, 0 | 0.125, 0.25: the axis tops at 50%, so 0.4 -> 132.8, 0.125 -> 41.5, 0.25 -> 83.0
    assertThat(bars(html)).isEqualTo("0:132.8 1:0.0 0:0.0 1:0.0 0:41.5 1:83.0");
    assertThat(html).contains(">50%</text>").contains("share of all articles that match")
        .contains("<a class=\"measure\" href=\"/?q=%E5%81%9C%E7%81%AB&amp;compare=%3Cb%3Ex%3C%2Fb%3E&amp;measure=count\">show counts</a>")
        .contains("<title>停火 · 2025-01: 4 (40%)</title>");
    assertThat(bars(render(TWO_QUERIES, Map.of("q", List.of("停火"), "compare", List.of("x"), "measure", List.of("count")))))
        .isEqualTo("0:132.8 1:0.0 0:0.0 1:0.0 0:33.2 1:66.4");
  }

  @Test
  void undatedMatchesAreCountedBesideTheChart() {
    Timeline withUndated = new Timeline("month", List.of("2025-01"), List.of(10L),
        List.of(new Timeline.Series("停火", 4, 3, List.of(4L), List.of(0.4))));
    assertThat(render(withUndated)).contains("(4 dated, 3 undated and not on the chart)");
    assertThat(render(TWO_QUERIES)).contains("(5 dated)");
  }

  @Test
  void weeksAreNamedByTheirFirstDay() {
    Timeline weeks = new Timeline("week", List.of("2025-W08", "2025-W09"), List.of(3L, 1L),
        List.of(new Timeline.Series("停火", 2, 0, List.of(2L, 0L), List.of(0.6667, 0.0))));
    assertThat(render(weeks)).contains(">2025-02-17</text>").contains("<th scope=\"row\">week of 2025-02-24</th>")
        .contains("<title>停火 · week of 2025-02-17: 2</title>");
  }

  @Test
  void theTableForScreenReadersHasEveryPeriodWithEachQueryAndTheTotal() {
    String html = render(TWO_QUERIES);
    assertThat(html).contains("<tr><th scope=\"row\">2025-01</th><td>4</td><td>40%</td><td>0</td><td>0%</td><td>10</td></tr>")
        .contains("<tr><th scope=\"row\">2025-02</th><td>0</td><td>0%</td><td>0</td><td>0%</td><td>0</td></tr>")
        .contains("<tr><th scope=\"row\">2025-03</th><td>1</td><td>12.5%</td><td>2</td><td>25%</td><td>8</td></tr>");
  }

  @Test
  void queryTextInTheLegendTableAndTooltipsIsEscaped() {
    String html = render(TWO_QUERIES);
    assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void eachPeriodLinksToTheResultsNarrowedToIt() {
    assertThat(render(TWO_QUERIES)).contains("<a href=\"/?q=%E5%81%9C%E7%81%AB&amp;from=2025-02-01&amp;to=2025-02-28&amp;measure=count\">");
  }

  @Test
  void theAxisTopsAtARoundNumber() {
    assertThat(List.of(0L, 1L, 2L, 3L, 7L, 10L, 11L, 180L).stream().map(AttentionChart::niceCeiling))
        .containsExactly(2L, 2L, 2L, 5L, 10L, 10L, 20L, 200L);
  }

  @Test
  void withoutDatedMatchesTheChartSaysSoInsteadOfDrawing() {
    Timeline empty = new Timeline("month", List.of(), List.of(), List.of(new Timeline.Series("x", 0, 0, List.of(), List.of())));
    assertThat(render(empty)).contains("no matching article has a date").doesNotContain("<svg");
  }
}
