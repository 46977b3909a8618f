package org.newssearch.index;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Titles and bodies as stored: in GB18030, two bytes for a Han character where UTF-8 takes three,
 * one for ASCII, every Unicode character kept. Stored fields are most of the index, Chinese most of
 * the text: measured in docs/benchmarks.md ("Index schema"), about a quarter less after Lucene's
 * compression, where the stronger compression mode would slow every page of hits.
 *
 * <p>The first byte says which encoding follows: text GB18030 cannot encode (an unpaired
 * surrogate) stays UTF-8. A generation from before (a string field) is read as it was written.
 */
public final class StoredText {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte IN_GB18030 = 0;
  private static final byte IN_UTF8 = 1;

  private StoredText() {}

  /** The stored field holding {@code text}. */
  public static StoredField field(String name, String text) {
    byte[] encoded = encode(text);
    return new StoredField(name, encoded == null
        ? withMarker(IN_UTF8, text.getBytes(StandardCharsets.UTF_8)) : withMarker(IN_GB18030, encoded));
  }

  /** The text of field {@code name} of a stored document, or null when it has none. */
  public static String read(Document doc, String name) {
    IndexableField field = doc.getField(name);
    if (field == null) {
      return null;
    }
    BytesRef bytes = field.binaryValue();
    if (bytes == null) {
      return field.stringValue();
    }
    Charset charset = bytes.bytes[bytes.offset] == IN_GB18030 ? GB18030 : StandardCharsets.UTF_8;
    return new String(bytes.bytes, bytes.offset + 1, bytes.length - 1, charset);
  }

  /** GB18030 bytes that decode back to exactly {@code text}, or null. */
  private static byte[] encode(String text) {
    CharsetEncoder encoder = GB18030.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
          buffer.arrayOffset() + buffer.limit());
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] withMarker(byte marker, byte[] encoded) {
    byte[] bytes = new byte[encoded.length + 1];
    bytes[0] = marker;
    System.arraycopy(encoded, 0, bytes, 1, encoded.length);
    return bytes;
  }
}
