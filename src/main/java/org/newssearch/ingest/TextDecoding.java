package org.newssearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Detects the charset of scraped text (UTF-8 with or without BOM, else GB18030) and decodes it. */
final class TextDecoding {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /** The charset of {@code bytes}: UTF-8 when they decode strictly as UTF-8, else GB18030. */
  static Charset detect(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, utf8Boundary(bytes)));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return GB18030;
    }
  }

  /** Decodes and drops a leading byte-order mark and carriage returns. */
  static String decode(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The length of {@code bytes} without a UTF-8 sequence cut off at the end of a sample. */
  private static int utf8Boundary(byte[] bytes) {
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
}
