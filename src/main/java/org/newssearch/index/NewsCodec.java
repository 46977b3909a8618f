package org.newssearch.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.DeflateWithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with stored fields compressed by DEFLATE in chunks of {@link #CHUNK_BYTES}: titles
 * and bodies are a third of the index. Lucene's own modes are LZ4 in 80 KB chunks (64.2 MB of stored
 * fields at 75k articles, 12 µs to read an article) or DEFLATE in 480 KB chunks (44.8 MB, 208 µs,
 * which doubled the median search); 60 KB chunks take 53.1 MB and 40 µs (docs/benchmarks.md,
 * "Index schema"). Registered for Lucene's codec lookup in {@code META-INF/services}: a segment names
 * the codec that reads it.
 */
public final class NewsCodec extends FilterCodec {

  public static final String NAME = "NewsCodec1";
  static final int CHUNK_BYTES = 60 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 512;
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "NewsStoredFields1", new DeflateWithPresetDictCompressionMode(), CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  public NewsCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
