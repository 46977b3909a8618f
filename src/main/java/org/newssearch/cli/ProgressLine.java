package org.newssearch.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.newssearch.index.IndexBuilder;

/**
 * Indexing progress on stderr: share of the input read, articles/s, M chars/s, elapsed time, an
 * estimate of the time left and rejects; a bar rewritten in place on a terminal, a line every few
 * seconds otherwise (logs stay readable).
 */
final class ProgressLine implements IndexBuilder.Progress {

  private static final long TERMINAL_NANOS = 250_000_000L;
  private static final long LOG_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastPrint = start;
  private boolean printed;
  private volatile double done;

  ProgressLine(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void input(long bytesRead, long totalBytes) {
    done = totalBytes <= 0 ? 0 : Math.min(1.0, bytesRead / (double) totalBytes);
  }

  @Override
  public synchronized void update(long articles, long chars, long rejects) {
    long now = System.nanoTime();
    if (now - lastPrint < (terminal ? TERMINAL_NANOS : LOG_NANOS)) {
      return;
    }
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    double fraction = done;
    String left = fraction > 0.01 ? elapsed(seconds / fraction - seconds) + " left" : "estimating time left";
    String line = String.format(Locale.ROOT,
        "indexing: %3.0f%% %s %,d articles, %.0f articles/s, %.2f M chars/s, %s elapsed, %s, %,d rejected",
        fraction * 100, bar(fraction), articles, articles / seconds, chars / seconds / 1e6, elapsed(seconds), left, rejects);
    err.print(terminal ? "\r" + line + "\u001B[K" : line + System.lineSeparator());
    printed = true;
  }

  /** Ends the in-place line so the summary starts on its own. */
  synchronized void finish() {
    if (terminal && printed) {
      err.println();
    }
  }

  private String bar(double fraction) {
    if (!terminal) {
      return "|";
    }
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
  }

  private static String elapsed(double seconds) {
    long s = (long) seconds;
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
