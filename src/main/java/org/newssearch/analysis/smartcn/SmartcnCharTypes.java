package org.newssearch.analysis.smartcn;

import java.util.Arrays;

/**
 * smartcn's character classes ({@code CharType}, as {@code Utility.getCharType} gives them; Apache-2.0,
 * lucene-analysis-smartcn), from a table of all 65,536 chars filled by ranges.
 */
final class SmartcnCharTypes {

  static final byte DELIMITER = 0;
  static final byte LETTER = 1;
  static final byte DIGIT = 2;
  static final byte HANZI = 3;
  static final byte SPACE = 4;
  static final byte FULLWIDTH_LETTER = 5;
  static final byte FULLWIDTH_DIGIT = 6;
  static final byte OTHER = 7;
  static final byte SURROGATE = 8;

  private static final byte[] TYPES = new byte[Character.MAX_VALUE + 1];

  static {
    // charType's ranges, the ones it tests last first, so that the ones it tests first win.
    byte[] types = TYPES;
    Arrays.fill(types, OTHER);
    Arrays.fill(types, 0xFE30, 0xFF63 + 1, DELIMITER);
    Arrays.fill(types, 0xFF10, 0xFF19 + 1, FULLWIDTH_DIGIT);
    Arrays.fill(types, 0xFF21, 0xFF3A + 1, FULLWIDTH_LETTER);
    Arrays.fill(types, 0xFF41, 0xFF5A + 1, FULLWIDTH_LETTER);
    Arrays.fill(types, 0x0021, 0x00BB + 1, DELIMITER);
    Arrays.fill(types, 0x2010, 0x2642 + 1, DELIMITER);
    Arrays.fill(types, 0x3001, 0x301E + 1, DELIMITER);
    for (char space : new char[] {' ', '\t', '\r', '\n', '\u3000'}) {
      types[space] = SPACE;
    }
    Arrays.fill(types, '0', '9' + 1, DIGIT);
    Arrays.fill(types, 'A', 'Z' + 1, LETTER);
    Arrays.fill(types, 'a', 'z' + 1, LETTER);
    Arrays.fill(types, 0x4E00, 0x9FA5 + 1, HANZI);
    Arrays.fill(types, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, SURROGATE);
  }

  private SmartcnCharTypes() {}

  /** smartcn's {@code Utility.getCharType}, from the table. */
  static byte of(char ch) {
    return TYPES[ch];
  }

  /** smartcn's {@code Utility.getCharType}, ported literally; the table holds the same (a test checks). */
  static int asSmartcn(char ch) {
    if (Character.isSurrogate(ch)) {
      return SURROGATE;
    }
    if (ch >= 0x4E00 && ch <= 0x9FA5) {
      return HANZI;
    }
    if ((ch >= 0x0041 && ch <= 0x005A) || (ch >= 0x0061 && ch <= 0x007A)) {
      return LETTER;
    }
    if (ch >= 0x0030 && ch <= 0x0039) {
      return DIGIT;
    }
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\u3000') {
      return SPACE;
    }
    if ((ch >= 0x0021 && ch <= 0x00BB) || (ch >= 0x2010 && ch <= 0x2642) || (ch >= 0x3001 && ch <= 0x301E)) {
      return DELIMITER;
    }
    if ((ch >= 0xFF21 && ch <= 0xFF3A) || (ch >= 0xFF41 && ch <= 0xFF5A)) {
      return FULLWIDTH_LETTER;
    }
    if (ch >= 0xFF10 && ch <= 0xFF19) {
      return FULLWIDTH_DIGIT;
    }
    if (ch >= 0xFE30 && ch <= 0xFF63) {
      return DELIMITER;
    }
    return OTHER;
  }
}
