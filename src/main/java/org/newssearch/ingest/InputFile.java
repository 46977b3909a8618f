package org.newssearch.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * One raw input file: its path, the name reports use, and its bytes decoded (gzip undone, charset
 * detected, byte-order mark dropped).
 *
 * @param path the file
 * @param name how reports and the {@code file} field name it
 * @param bytesRead counts the file's bytes as they are read (on disk, before gzip is undone): progress
 */
public record InputFile(Path path, String name, LongAdder bytesRead) {

  /** A file whose reading nobody follows. */
  public InputFile(Path path, String name) {
    this(path, name, new LongAdder());
  }

  static final int HEAD_BYTES = 8192;

  /** The largest single-article file: far above any real article, far below what would strain memory. */
  static final int MAX_ARTICLE_BYTES = 16 << 20;

  /** Above this share of undecodable characters a text is not worth indexing. */
  private static final double MAX_UNDECODABLE = 0.01;

  /** True for {@code .gz} files, which are read through gzip. */
  public boolean gzipped() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The raw stream, gzip undone. */
  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(new CountingStream(Files.newInputStream(path), bytesRead), 1 << 16);
    return gzipped() ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  /** The first bytes, gzip undone. */
  public byte[] headBytes() throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  /** The first bytes, decoded, for readers to recognize the format by. */
  public String head() throws IOException {
    byte[] bytes = headBytes();
    return TextDecoding.decode(bytes, TextDecoding.detect(bytes));
  }

  /**
   * The whole content of a single-article file, decoded.
   *
   * @throws InputRejected when the file is larger than one article can be, or its encoding is unreadable
   */
  public String text() throws IOException {
    byte[] bytes;
    try (InputStream in = open()) {
      bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
    }
    if (bytes.length > MAX_ARTICLE_BYTES) {
      throw new InputRejected(
          "too large for one article: more than " + (MAX_ARTICLE_BYTES >> 20)
              + " MiB in a single-article format; put bulk articles in JSONL or WARC");
    }
    return decodeChecked(bytes, name);
  }

  /** The charset the content is in, detected from its first bytes. */
  public Charset charset() throws IOException {
    return TextDecoding.detect(headBytes());
  }

  /** Decodes bytes, rejecting them when too much of them cannot be decoded. */
  static String decodeChecked(byte[] bytes, String where) throws InputRejected {
    Charset charset = TextDecoding.detect(bytes);
    String text = TextDecoding.decode(bytes, charset);
    double bad = TextDecoding.undecodableShare(text);
    if (bad > MAX_UNDECODABLE) {
      throw new InputRejected(String.format(Locale.ROOT,
          "unreadable encoding: %.1f%% of the text does not decode as %s (accepted: UTF-8, GB18030/GBK, Big5)",
          bad * 100, charset.name()));
    }
    return text;
  }

  /** Adds the bytes that pass through it to a counter. */
  private static final class CountingStream extends FilterInputStream {
    private final LongAdder counter;

    CountingStream(InputStream in, LongAdder counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.increment();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counter.add(n);
      }
      return n;
    }
  }
}
