package org.newssearch.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (Maven's process-classes phase): converts smartcn's dictionaries into
 * {@link HhmmDictionary}'s compact form, {@code <classes>/org/newssearch/analysis/hhmm.dict}.
 */
public final class HhmmDictionaryGenerator {

  private HhmmDictionaryGenerator() {}

  /** {@code args[0]} is the classes directory. */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    HhmmDictionary dictionary = HhmmDictionary.fromSmartcn();
    long converted = System.nanoTime();
    Path file = Path.of(args[0]).resolve("org/newssearch/analysis").resolve(HhmmDictionary.RESOURCE);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      dictionary.write(out);
    }
    System.out.printf("%s: %,d trie nodes, %,d bigrams; read and converted smartcn's in %d ms%n", file,
        dictionary.nodeCount(), dictionary.bigramCount(), (converted - t0) / 1_000_000);
  }
}
