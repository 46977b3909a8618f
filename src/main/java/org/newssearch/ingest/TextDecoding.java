package org.newssearch.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Detects the charset of scraped text and decodes it: a byte-order mark first, then strict UTF-8,
 * then the CJK legacy charsets (GB18030/GBK, Big5) weighed by ICU's statistical detector.
 */
final class TextDecoding {

  static final Charset GB18030 = Charset.forName("GB18030");

  /** Big5 with the Hong Kong additions: a superset, so Taiwanese and Hong Kong text both decode. */
  static final Charset BIG5 = Charset.forName("Big5-HKSCS");

  /** Legacy charsets tried when the bytes are not UTF-8, with the names ICU reports them by. */
  private static final List<Candidate> LEGACY =
      List.of(new Candidate("GB18030", GB18030), new Candidate("Big5", BIG5));

  /** How many bytes detection looks at: enough for statistics, cheap on a 50 MB file. */
  private static final int SAMPLE_BYTES = 1 << 16;

  private TextDecoding() {}

  /** The charset of {@code bytes} (only a prefix is examined). */
  static Charset detect(byte[] bytes) {
    byte[] sample = bytes.length > SAMPLE_BYTES ? Arrays.copyOf(bytes, SAMPLE_BYTES) : bytes;
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(sample, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(sample, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    int end = sample.length < bytes.length ? utf8Boundary(sample) : sample.length;
    if (decodesStrictly(sample, end, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    return bestLegacy(sample, sample.length < bytes.length);
  }

  /** GB18030 or Big5: the one that decodes cleanly, or ICU's likelier one when both (or neither) do. */
  private static Charset bestLegacy(byte[] sample, boolean cut) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    Charset best = GB18030;
    int bestScore = Integer.MIN_VALUE;
    for (Candidate candidate : LEGACY) {
      // A charset in which the bytes are malformed loses to any in which they are not.
      int score = decodesStrictly(sample, cut ? doubleByteBoundary(sample) : sample.length, candidate.charset()) ? 1000 : 0;
      for (CharsetMatch match : detector.detectAll()) {
        if (match.getName().equalsIgnoreCase(candidate.icuName())) {
          score += match.getConfidence();
        }
      }
      if (score > bestScore) {
        best = candidate.charset();
        bestScore = score;
      }
    }
    return best;
  }

  /** True when the first bytes look like binary data rather than text: NULs or many control bytes. */
  static boolean looksBinary(byte[] head) {
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
      return false;
    }
    int control = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == 0x7F) {
        control++;
      }
    }
    // Text has almost no control bytes; one in a hundred is already far beyond any real page.
    return control * 100 > head.length;
  }

  /** Decodes and drops a leading byte-order mark and carriage returns. */
  static String decode(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The share of U+FFFD replacement characters: what could not be decoded. */
  static double undecodableShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    return (double) bad / text.length();
  }

  private static boolean decodesStrictly(byte[] bytes, int end, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The sample's length without a double-byte character cut in half at its end. */
  private static int doubleByteBoundary(byte[] sample) {
    int end = sample.length;
    int i = 0;
    while (i < end) {
      i += (sample[i] & 0xFF) >= 0x81 ? 2 : 1;
    }
    return i > end ? end - 1 : end;
  }

  /** The length of {@code bytes} without a UTF-8 sequence cut off at the end of a sample. */
  static int utf8Boundary(byte[] bytes) {
    int end = bytes.length;
    for (int back = 1; back <= 3 && end - back >= 0; back++) {
      int b = bytes[end - back] & 0xFF;
      if (b >= 0xC0) {
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return needed > back ? end - back : end;
      }
      if (b < 0x80) {
        return end;
      }
    }
    return end;
  }

  private record Candidate(String icuName, Charset charset) {}
}
