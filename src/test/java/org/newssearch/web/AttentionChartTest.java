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
    return Layout.render("chart.jte", new AttentionChart(timeline, PageState.of(Map.of("q", List.of("停火")))));
  }

  @Test
  void barHeightsAreProportionalToCountsOnARoundedAxis() {
    // the largest count is 4, the axis tops at 5: a plot 166 units high gives 4 -> 132.8, 2 -> 66.4
    Matcher bars = Pattern.compile("data-series=\"(\\d)\"[^>]* height=\"([0-9.]+)\"").matcher(render(TWO_QUERIES));
    StringBuilder seen = new StringBuilder();
    while (bars.find()) {
      seen.append(bars.group(1)).append(':').append(bars.group(2)).append(' ');
    }
    // three months (February empty), two series each
    assertThat(seen.toString().strip()).isEqualTo("0:132.8 1:0.0 0:0.0 1:0.0 0:33.2 1:66.4");
  }

  @Test
  void theTableForScreenReadersHasEveryPeriodWithEachQueryAndTheTotal() {
    String html = render(TWO_QUERIES);
    assertThat(html).contains("<tr><th scope=\"row\">2025-01</th><td>4</td><td>0</td><td>10</td></tr>")
        .contains("<tr><th scope=\"row\">2025-02</th><td>0</td><td>0</td><td>0</td></tr>")
        .contains("<tr><th scope=\"row\">2025-03</th><td>1</td><td>2</td><td>8</td></tr>");
  }

  @Test
  void queryTextInTheLegendTableAndTooltipsIsEscaped() {
    String html = render(TWO_QUERIES);
    assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void eachPeriodLinksToTheResultsNarrowedToIt() {
    assertThat(render(TWO_QUERIES)).contains("<a href=\"/?q=%E5%81%9C%E7%81%AB&amp;from=2025-02-01&amp;to=2025-02-28\">");
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
