package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssearch.search.Timeline;

/**
 * Attention over time drawn on the server: grouped bars of matching articles per interval, one colour
 * per compared query, as inline SVG (no script, nothing fetched), with the same numbers in a table for
 * screen readers. A bucket's bars link to the results narrowed to that period.
 */
final class AttentionChart {

  /** Colour-blind-safe colours, one per compared query; the stylesheet's .s0 to .s3 match them. */
  static final List<String> COLOURS = List.of("#1b6ca8", "#d95f02", "#7570b3", "#1b9e77");
  private static final int WIDTH = 760;
  private static final int HEIGHT = 210;
  private static final int LEFT = 44;
  private static final int RIGHT = 8;
  private static final int TOP = 10;
  private static final int BOTTOM = 34;
  /** At most this many period labels under the axis; the others are left to the bars' tooltips. */
  private static final int MAX_AXIS_LABELS = 12;

  private final Timeline timeline;
  private final PageState state;
  private final List<String> buckets;
  private final List<Map<String, Long>> counts;

  AttentionChart(Timeline timeline, PageState state) {
    this.timeline = timeline;
    this.state = state;
    this.buckets = DateBuckets.continuous(timeline.buckets());
    this.counts = timeline.series().stream().map(s -> byBucket(timeline.buckets(), s.counts())).toList();
  }

  private static Map<String, Long> byBucket(List<String> labels, List<Long> values) {
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      out.put(labels.get(i), values.get(i));
    }
    return out;
  }

  void appendTo(StringBuilder html) {
    html.append("<figure class=\"chart\" aria-labelledby=\"chart-caption\">");
    if (buckets.isEmpty()) {
      html.append("<figcaption id=\"chart-caption\">Attention over time: no matching article has a date.</figcaption>")
          .append("</figure>");
      return;
    }
    html.append("<figcaption id=\"chart-caption\">Attention over time: matching articles per ")
        .append(escape(timeline.interval())).append(" (click a bar to see that period)</figcaption>");
    appendLegend(html);
    appendSvg(html);
    appendTable(html);
    html.append("</figure>");
  }

  private void appendLegend(StringBuilder html) {
    html.append("<ul class=\"legend\">");
    for (int s = 0; s < timeline.series().size(); s++) {
      Timeline.Series series = timeline.series().get(s);
      html.append("<li><span class=\"swatch s").append(s).append("\"></span>").append(escape(series.query()))
          .append(" <span class=\"count\">(").append(series.total()).append(" dated)</span></li>");
    }
    html.append("</ul>");
  }

  private void appendSvg(StringBuilder html) {
    long max = 0;
    for (Map<String, Long> series : counts) {
      for (long n : series.values()) {
        max = Math.max(max, n);
      }
    }
    long top = niceCeiling(max);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double group = plotWidth / buckets.size();
    double bar = Math.min(28, group * 0.8 / counts.size());
    html.append("<svg class=\"attention\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"Bar chart; the numbers are in the table below it\"")
        .append(" font-size=\"11\" font-family=\"sans-serif\">");
    for (long tick : List.of(0L, top / 2, top)) {
      double y = TOP + plotHeight - plotHeight * tick / top;
      html.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
          .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d7dde2\"/>")
          .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#5b6670\">").append(tick).append("</text>");
    }
    int step = (buckets.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
    for (int b = 0; b < buckets.size(); b++) {
      String label = buckets.get(b);
      double x0 = LEFT + b * group + (group - bar * counts.size()) / 2;
      html.append("<a href=\"").append(escape(narrowedTo(label))).append("\">");
      for (int s = 0; s < counts.size(); s++) {
        long n = counts.get(s).getOrDefault(label, 0L);
        double h = plotHeight * n / top;
        html.append("<rect class=\"bar\" data-series=\"").append(s).append("\" x=\"").append(fmt(x0 + s * bar))
            .append("\" y=\"").append(fmt(TOP + plotHeight - h)).append("\" width=\"").append(fmt(Math.max(1, bar - 1)))
            .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS.get(s)).append("\"><title>")
            .append(escape(timeline.series().get(s).query())).append(" · ").append(escape(label)).append(": ")
            .append(n).append("</title></rect>");
      }
      html.append("</a>");
      if (b % step == 0) {
        html.append("<text x=\"").append(fmt(LEFT + b * group + group / 2)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
            .append("\" text-anchor=\"middle\" fill=\"#5b6670\">").append(escape(label)).append("</text>");
      }
    }
    html.append("</svg>");
  }

  /** The same numbers as the bars, for screen readers (and for copying). */
  private void appendTable(StringBuilder html) {
    html.append("<table class=\"visually-hidden\"><caption>Matching articles per ").append(escape(timeline.interval()))
        .append("</caption><thead><tr><th scope=\"col\">Period</th>");
    for (Timeline.Series series : timeline.series()) {
      html.append("<th scope=\"col\">").append(escape(series.query())).append("</th>");
    }
    html.append("<th scope=\"col\">All articles</th></tr></thead><tbody>");
    Map<String, Long> totals = byBucket(timeline.buckets(), timeline.totals());
    for (String label : buckets) {
      html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th>");
      for (Map<String, Long> series : counts) {
        html.append("<td>").append(series.getOrDefault(label, 0L)).append("</td>");
      }
      html.append("<td>").append(totals.getOrDefault(label, 0L)).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private String narrowedTo(String label) {
    DateBuckets.Range range = DateBuckets.range(label);
    if (range == null) {
      return state.url();
    }
    return state.with("from", range.first().toString()).with("to", range.last().toString()).url();
  }

  /** The smallest of 1, 2, 5, 10, 20, 50, ... at or above {@code max}: round numbers on the axis. */
  static long niceCeiling(long max) {
    long scale = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * scale >= max) {
          return Math.max(2, m * scale); // at least 2, so the middle tick is a whole number
        }
      }
      scale *= 10;
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
