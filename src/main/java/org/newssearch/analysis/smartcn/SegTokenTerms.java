package org.newssearch.analysis.smartcn;

/** The term a word of {@link HhmmSegmenter} indexes as, as smartcn's tokenizer and {@code SegTokenFilter} make it. */
public final class SegTokenTerms {

  private SegTokenTerms() {}

  /**
   * The term of a word of type {@code type} at {@code text[start, end)}: the text, as smartcn's
   * tokenizer puts it for letters and digits, then as {@code SegTokenFilter} leaves it (full width
   * to half width and lower case for letters, punctuation as ","); a word that spans spaces without
   * them. {@code dest} needs room for {@code end - start} chars; returns the length.
   */
  public static int term(char[] text, int start, int end, int type, char[] dest) {
    int n = 0;
    switch (type) {
      case HhmmSegmenter.DELIMITER -> dest[n++] = ',';
      case HhmmSegmenter.CHINESE_WORD -> {
        for (int i = start; i < end; i++) {
          char c = text[i];
          if (SmartcnCharTypes.of(c) != SmartcnCharTypes.SPACE) {
            dest[n++] = c;
          }
        }
      }
      case HhmmSegmenter.FULLWIDTH_STRING, HhmmSegmenter.FULLWIDTH_NUMBER -> {
        for (int i = start; i < end; i++) {
          char c = text[i];
          if (c >= 0xFF10) {
            c -= 0xFEE0;
          }
          if (c >= 0x0041 && c <= 0x005A) {
            c += 0x0020;
          }
          dest[n++] = c;
        }
      }
      case HhmmSegmenter.STRING -> {
        for (int i = start; i < end; i++) {
          char c = text[i];
          if (c >= 0x0041 && c <= 0x005A) {
            c += 0x0020;
          }
          dest[n++] = c;
        }
      }
      default -> {
        System.arraycopy(text, start, dest, 0, end - start);
        n = end - start;
      }
    }
    return n;
  }
}
