package org.newssearch.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length from a stream; a longer line is skipped (not held in
 * memory) and reported as such, so that one 50 MB line cannot exhaust memory.
 */
final class BoundedLines {

  private final Reader in;
  private final int maxChars;
  private final StringBuilder line = new StringBuilder();
  private boolean tooLong;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or null at the end; check {@link #wasTooLong()} after each. */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    int c;
    boolean any = false;
    while ((c = in.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (line.length() < maxChars) {
        line.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return tooLong ? "" : line.toString();
  }

  /** True when the line just returned was longer than the limit (and was returned empty). */
  boolean wasTooLong() {
    return tooLong;
  }
}
