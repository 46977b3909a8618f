package org.newssearch.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.Timeline;

/**
 * Attention over time drawn on the server ({@code chart.jte}): grouped bars of matching articles per
 * interval, one colour per compared query, as inline SVG (no script, nothing fetched), with the same
 * numbers in a table for screen readers. A bucket's bars link to the results narrowed to that period.
 * This class does the geometry; the template writes the markup.
 */
public final class AttentionChart {

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

  /** A compared query in the legend and the table: its place ({@code .s0} to {@code .s3}) and dated total. */
  public record Series(int index, String query, long total) {}

  /** A horizontal grid line at height {@code y}, labelled with its count at {@code labelY}. */
  public record Tick(String y, String labelY, long value) {}

  /**
   * One period: its bars, linking to {@code href} (the results narrowed to the period).
   *
   * @param label the period under the axis at {@code labelX}, or null where labels are thinned out
   */
  public record Group(String href, List<Bar> bars, String label, String labelX) {}

  /** One query's bar in a period; {@code title} is its tooltip. */
  public record Bar(int series, String x, String y, String width, String height, String colour, String title) {}

  /** One period in the table: each query's count, then all articles in the period. */
  public record Row(String period, List<Long> counts, long total) {}

  private final Timeline timeline;
  private final PageState state;
  private final List<String> buckets;
  private final List<Map<String, Long>> counts;

  AttentionChart(Timeline timeline, PageState state) {
    this.timeline = timeline;
    this.state = state;
    this.buckets = timeline.buckets(); // every period, zeros included
    this.counts = timeline.series().stream().map(s -> byBucket(timeline.buckets(), s.counts())).toList();
  }

  private static Map<String, Long> byBucket(List<String> labels, List<Long> values) {
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      out.put(labels.get(i), values.get(i));
    }
    return out;
  }

  /** Whether there is anything to draw: no dated match, no chart (the caption says so). */
  public boolean isEmpty() {
    return buckets.isEmpty();
  }

  /** The period of a bucket: day, week, month or year. */
  public String interval() {
    return timeline.interval();
  }

  public List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (int s = 0; s < timeline.series().size(); s++) {
      Timeline.Series series = timeline.series().get(s);
      out.add(new Series(s, series.query(), series.total()));
    }
    return out;
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  /** Where the grid lines start and end, and where their labels end (right-aligned). */
  public int plotLeft() {
    return LEFT;
  }

  public int plotRight() {
    return WIDTH - RIGHT;
  }

  public int tickLabelX() {
    return LEFT - 6;
  }

  /** The baseline of the period labels under the axis. */
  public int axisLabelY() {
    return HEIGHT - BOTTOM + 16;
  }

  /** Three grid lines: zero, the middle, and the top of the axis. */
  public List<Tick> ticks() {
    long top = top();
    List<Tick> out = new ArrayList<>();
    for (long tick : List.of(0L, top / 2, top)) {
      double y = TOP + plotHeight() - plotHeight() * tick / top;
      out.add(new Tick(fmt(y), fmt(y + 4), tick));
    }
    return out;
  }

  public List<Group> groups() {
    double group = (double) (WIDTH - LEFT - RIGHT) / buckets.size();
    double bar = Math.min(28, group * 0.8 / counts.size());
    int step = (buckets.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
    List<Group> out = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      String label = buckets.get(b);
      double x0 = LEFT + b * group + (group - bar * counts.size()) / 2;
      List<Bar> bars = new ArrayList<>();
      for (int s = 0; s < counts.size(); s++) {
        long n = counts.get(s).getOrDefault(label, 0L);
        double h = plotHeight() * n / top();
        bars.add(new Bar(s, fmt(x0 + s * bar), fmt(TOP + plotHeight() - h), fmt(Math.max(1, bar - 1)), fmt(h),
            COLOURS.get(s), timeline.series().get(s).query() + " · " + label + ": " + n));
      }
      boolean labelled = b % step == 0;
      out.add(new Group(narrowedTo(label), bars, labelled ? label : null,
          labelled ? fmt(LEFT + b * group + group / 2) : null));
    }
    return out;
  }

  /** The same numbers as the bars, for screen readers (and for copying). */
  public List<Row> rows() {
    Map<String, Long> totals = byBucket(timeline.buckets(), timeline.totals());
    return buckets.stream()
        .map(label -> new Row(label, counts.stream().map(c -> c.getOrDefault(label, 0L)).toList(),
            totals.getOrDefault(label, 0L)))
        .toList();
  }

  private double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  /** The top of the axis: a round number at or above the largest count. */
  private long top() {
    long max = 0;
    for (Map<String, Long> series : counts) {
      for (long n : series.values()) {
        max = Math.max(max, n);
      }
    }
    return niceCeiling(max);
  }

  private String narrowedTo(String label) {
    return DateHistogram.bucket(label)
        .map(bucket -> state.with("from", bucket.first().toString()).with("to", bucket.last().toString()).url())
        .orElse(state.url());
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
