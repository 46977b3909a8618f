package org.newssearch.analysis.smartcn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;

/**
 * Build step (Maven's process-classes phase): converts smartcn's dictionaries into
 * {@link HhmmDictionary}'s compact form, {@code <classes>/org/newssearch/analysis/smartcn/hhmm.dict}, unless
 * that is newer than the classes that make it and smartcn's jar.
 */
public final class HhmmDictionaryGenerator {

  private HhmmDictionaryGenerator() {}

  /** {@code args[0]} is the classes directory. */
  public static void main(String[] args) throws IOException, URISyntaxException {
    Path file = Path.of(args[0]).resolve("org/newssearch/analysis/smartcn").resolve(HhmmDictionary.RESOURCE);
    if (upToDate(file)) {
      return;
    }
    long t0 = System.nanoTime();
    HhmmDictionary dictionary = SmartcnDictionaries.load();
    long converted = System.nanoTime();
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      dictionary.write(out);
    }
    // DEBUG: the build of every user runs this; the figures are for whoever looks (java.util.logging at FINE).
    System.getLogger(HhmmDictionaryGenerator.class.getName()).log(System.Logger.Level.DEBUG,
        "{0}: {1} trie nodes, {2} bigrams; read and converted smartcn''s in {3} ms", file,
        dictionary.nodeCount(), dictionary.bigramCount(), (converted - t0) / 1_000_000);
  }

  /** Whether {@code file} is newer than the classes that write it and smartcn's jar (conversion takes seconds). */
  private static boolean upToDate(Path file) throws IOException, URISyntaxException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    FileTime written = Files.getLastModifiedTime(file);
    List<Path> sources = new ArrayList<>();
    try (DirectoryStream<Path> classes = Files.newDirectoryStream(file.getParent(),
        "{HhmmDictionary,BigramTable,SmartcnDictionaries,SmartcnWords}*.class")) {
      classes.forEach(sources::add);
    }
    sources.add(Path.of(HHMMSegmenter.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    for (Path source : sources) {
      if (Files.getLastModifiedTime(source).compareTo(written) >= 0) {
        return false;
      }
    }
    return true;
  }
}
