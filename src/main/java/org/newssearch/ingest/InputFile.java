package org.newssearch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One raw input file: its path, the name reports use, and its bytes decoded (gzip undone, charset
 * detected, byte-order mark dropped).
 *
 * @param path the file
 * @param name how reports and the {@code file} field name it
 */
public record InputFile(Path path, String name) {

  static final int HEAD_BYTES = 8192;

  /** True for {@code .gz} files, which are read through gzip. */
  public boolean gzipped() {
    return path.getFileName().toString().endsWith(".gz");
  }

  /** The raw stream, gzip undone. */
  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    return gzipped() ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  /** The first bytes, decoded, for readers to recognize the format by. */
  public String head() throws IOException {
    try (InputStream in = open()) {
      byte[] bytes = in.readNBytes(HEAD_BYTES);
      return TextDecoding.decode(bytes, TextDecoding.detect(bytes));
    }
  }

  /** The whole content, decoded. */
  public String text() throws IOException {
    try (InputStream in = open()) {
      byte[] bytes = in.readAllBytes();
      return TextDecoding.decode(bytes, TextDecoding.detect(bytes));
    }
  }

  /** The charset the content is in, detected from its first bytes. */
  public Charset charset() throws IOException {
    try (InputStream in = open()) {
      return TextDecoding.detect(in.readNBytes(HEAD_BYTES));
    }
  }

}
