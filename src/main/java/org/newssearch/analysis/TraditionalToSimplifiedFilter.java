package org.newssearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A CharFilter that rewrites its whole input by greedy longest match over a {@link ReplacementTrie},
 * recording an offset correction wherever a replacement changes length.
 *
 * <p>It reads the input in one go on the first read: news articles are small, and converting a whole
 * buffer needs no look-ahead bookkeeping at chunk boundaries.
 */
final class TraditionalToSimplifiedFilter extends BaseCharFilter {

  private final ReplacementTrie trie;
  private int inLength;
  private char[] out;
  private int outLength = -1;
  private int outPos;

  TraditionalToSimplifiedFilter(ReplacementTrie trie, Reader input) {
    super(input);
    this.trie = trie;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (outLength < 0) {
      convert(readAll());
    }
    if (outPos >= outLength) {
      return -1;
    }
    int n = Math.min(len, outLength - outPos);
    System.arraycopy(out, outPos, cbuf, off, n);
    outPos += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    if (outLength < 0) {
      convert(readAll());
    }
    return outPos < outLength ? out[outPos++] : -1;
  }

  private char[] readAll() throws IOException {
    char[] buf = new char[4096];
    int length = 0;
    int n;
    while ((n = input.read(buf, length, buf.length - length)) != -1) {
      length += n;
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    inLength = length;
    return buf;
  }

  private void convert(char[] in) {
    out = new char[inLength + 16];
    int o = 0;
    int i = 0;
    while (i < inLength) {
      char c = in[i];
      ReplacementTrie.Node match = trie.startsKey(c) ? trie.longestMatch(in, i, inLength) : null;
      if (match == null) {
        if (o == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[o++] = c;
        i++;
        continue;
      }
      char[] replacement = match.replacement;
      int inLen = match.depth;
      int outLen = replacement.length;
      if (o + outLen > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, o + outLen));
      }
      System.arraycopy(replacement, 0, out, o, outLen);
      if (inLen != outLen) {
        correctOffsets(o, inLen, outLen);
      }
      o += outLen;
      i += inLen;
    }
    outLength = o;
  }

  /** Maps offsets after a replacement of {@code inLen} chars by {@code outLen} at output offset {@code o}. */
  private void correctOffsets(int o, int inLen, int outLen) {
    int previous = getLastCumulativeDiff();
    if (outLen < inLen) {
      // Shorter: the replacement's end maps to the end of what it replaced.
      addOffCorrectMap(o + outLen, previous + inLen - outLen);
    } else {
      // Longer: the extra chars all map to the last replaced char, the end to the end of the input span.
      for (int k = inLen; k < outLen; k++) {
        addOffCorrectMap(o + k, previous + inLen - 1 - k);
      }
      addOffCorrectMap(o + outLen, previous + inLen - outLen);
    }
  }
}
