package org.newssearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * A compared query in the legend and the table: its place ({@code .s0} to {@code .s3}), its dated
   * matches (on the chart) and its undated ones (in no period).
   */
  public record Series(int index, String query, long total, long undated) {}

  /** A horizontal grid line at height {@code y}, labelled with its count or share at {@code labelY}. */
  public record Tick(String y, String labelY, String value) {}

  /**
   * One period: its bars, linking to {@code href} (the results narrowed to the period).
   *
   * @param label the period under the axis at {@code labelX}, or null where labels are thinned out
   */
  public record Group(String href, List<Bar> bars, String label, String labelX) {}

  /** One query's bar in a period; {@code title} is its tooltip. */
  public record Bar(int series, String x, String y, String width, String height, String colour, String title) {}

  /** One period in the table: each query's count and share, then all articles in the period. */
  public record Row(String period, List<Cell> cells, long total) {}

  /** A query's matches in a period and their share of all its articles. */
  public record Cell(long count, String share) {}

  private final Timeline timeline;
  private final PageState state;
  /** Whether the bars show each period's share of all articles rather than its count. */
  private final boolean shares;

  AttentionChart(Timeline timeline, PageState state) {
    this.timeline = timeline;
    this.state = state;
    this.shares = Measure.of(state) == Measure.SHARE;
  }

  /** What the bars measure: set by the {@code measure} parameter, else shares when queries are compared. */
  enum Measure {
    COUNT, SHARE;

    static Measure of(PageState state) {
      String asked = state.first(PageState.MEASURE);
      if (!asked.isEmpty()) {
        return asked.equals("share") ? SHARE : COUNT;
      }
      return state.chartQueries().size() > 1 ? SHARE : COUNT; // outlets differ in size: compare shares
    }

    String param() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether there is anything to draw: no dated match, no chart (the caption says so). */
  public boolean isEmpty() {
    return timeline.buckets().isEmpty();
  }

  /** Whether the bars are shares of all articles (else counts). */
  public boolean shares() {
    return shares;
  }

  /** The link that switches the bars to the other measure, keeping everything else. */
  public Link switchMeasure() {
    Measure other = shares ? Measure.COUNT : Measure.SHARE;
    return new Link(state.with(PageState.MEASURE, other.param()).url(),
        shares ? "show counts" : "show shares of all articles");
  }

  /** The period of a bucket: day, week, month or year. */
  public String interval() {
    return timeline.interval();
  }

  public List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (int s = 0; s < timeline.series().size(); s++) {
      Timeline.Series series = timeline.series().get(s);
      out.add(new Series(s, series.query(), series.total(), series.undated()));
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
    double top = top();
    List<Tick> out = new ArrayList<>();
    for (double tick : List.of(0.0, top / 2, top)) {
      double y = TOP + plotHeight() - plotHeight() * tick / top;
      out.add(new Tick(fmt(y), fmt(y + 4), shares ? percent(tick) : Long.toString(Math.round(tick))));
    }
    return out;
  }

  public List<Group> groups() {
    List<String> buckets = timeline.buckets();
    int queries = timeline.series().size();
    double group = (double) (WIDTH - LEFT - RIGHT) / buckets.size();
    double bar = Math.min(28, group * 0.8 / queries);
    int step = (buckets.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
    List<Group> out = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      String period = PeriodNames.of(buckets.get(b));
      double x0 = LEFT + b * group + (group - bar * queries) / 2;
      List<Bar> bars = new ArrayList<>();
      for (int s = 0; s < queries; s++) {
        Timeline.Series series = timeline.series().get(s);
        double h = plotHeight() * value(series, b) / top();
        String shown = series.counts().get(b) + (shares ? " (" + percent(series.shares().get(b)) + ")" : "");
        bars.add(new Bar(s, fmt(x0 + s * bar), fmt(TOP + plotHeight() - h), fmt(Math.max(1, bar - 1)), fmt(h),
            COLOURS.get(s), series.query() + " · " + period + ": " + shown));
      }
      boolean labelled = b % step == 0;
      out.add(new Group(narrowedTo(buckets.get(b)), bars, labelled ? PeriodNames.brief(buckets.get(b)) : null,
          labelled ? fmt(LEFT + b * group + group / 2) : null));
    }
    return out;
  }

  /** The same numbers as the bars, counts and shares, for screen readers (and for copying). */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int b = 0; b < timeline.buckets().size(); b++) {
      int at = b;
      rows.add(new Row(PeriodNames.of(timeline.buckets().get(b)), timeline.series().stream()
          .map(series -> new Cell(series.counts().get(at), percent(series.shares().get(at)))).toList(),
          timeline.totals().get(b)));
    }
    return rows;
  }

  private double value(Timeline.Series series, int bucket) {
    return shares ? series.shares().get(bucket) : series.counts().get(bucket);
  }

  private double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  /** The top of the axis: a round number at or above the largest bar (a share from 0.1% to 100%). */
  private double top() {
    double max = 0;
    for (Timeline.Series series : timeline.series()) {
      for (int b = 0; b < timeline.buckets().size(); b++) {
        max = Math.max(max, value(series, b));
      }
    }
    if (shares) {
      return Math.min(1.0, niceCeiling(Math.round(Math.ceil(max * 1000))) / 1000.0);
    }
    return niceCeiling(Math.round(max));
  }

  private static String percent(double share) {
    double pct = 100 * share;
    return (pct == Math.rint(pct) ? String.format(Locale.ROOT, "%.0f", pct) : String.format(Locale.ROOT, "%.1f", pct)) + "%";
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
