package org.newssearch.index;

/**
 * When a rebuild may replace the serving generation, and how many generations stay on disk.
 *
 * @param minFraction the least share of the serving generation's articles a new generation must hold
 *     to be switched to (0.5: a build with under half of them is kept but not switched)
 * @param force switch even to an empty or much smaller generation
 * @param keep complete generations kept on disk (the serving one always among them), at least 1
 */
public record RebuildPolicy(double minFraction, boolean force, int keep) {

  /** Switch unless the new generation is empty or under half the serving one; keep three generations. */
  public static final RebuildPolicy DEFAULT = new RebuildPolicy(0.5, false, 3);

  public RebuildPolicy {
    if (!(minFraction >= 0 && minFraction <= 1)) {
      throw new IllegalArgumentException("min fraction " + minFraction + " is not between 0 and 1");
    }
    if (keep < 1) {
      throw new IllegalArgumentException("generations to keep: " + keep + " is below 1; at least the serving one stays");
    }
  }

  /**
   * Why a new generation of {@code articles} articles must not replace {@code serving} (null when
   * nothing serves), or null when it may.
   */
  public String refusal(long articles, Generation serving) {
    if (force) {
      return null;
    }
    if (articles == 0) {
      return "the input yielded no articles";
    }
    if (serving != null && articles < minFraction * serving.articles()) {
      return String.format(java.util.Locale.ROOT, "it holds %,d articles, under %.0f%% of the %,d that %s serves",
          articles, 100 * minFraction, serving.articles(), serving.name());
    }
    return null;
  }
}
