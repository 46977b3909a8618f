package org.newssearch.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newssearch.ingest.LanguageDetector;

/**
 * Language detection accuracy over every corpus under {@code ../shared/corpora}: each item's expected
 * language is its {@code lang} field, and script twins ({@code converted_from} set) are zh-Hant.
 */
public final class LangDetectEval {

  /**
   * One corpus's results.
   *
   * @param confusion detected language -> count
   * @param cpuNanos CPU time spent in detection
   * @param chars characters given to the detector (title + body)
   */
  public record FileResult(String file, String expected, long items, long correct, Map<String, Long> confusion,
      List<String> examples, long cpuNanos, long chars) {
    public double accuracy() {
      return items == 0 ? 1 : (double) correct / items;
    }
  }

  private static final int EXAMPLES = 3;

  private LangDetectEval() {}

  /** Runs the detector over every {@code .jsonl.gz} in {@code corporaDir}. */
  public static List<FileResult> run(Path corporaDir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(corporaDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
    }
    List<FileResult> results = new ArrayList<>();
    var threads = ManagementFactory.getThreadMXBean();
    for (Path file : files) {
      long[] counts = new long[4]; // items, correct, cpu nanos, chars
      Map<String, Long> confusion = new TreeMap<>();
      List<String> examples = new ArrayList<>();
      String[] expectedSeen = {null};
      Corpus.forEach(file, item -> {
        String expected = item.convertedFrom() != null ? "zh-Hant" : item.lang();
        expectedSeen[0] = expected;
        String text = (item.title() == null ? "" : item.title() + "\n") + item.body();
        long start = threads.getCurrentThreadCpuTime();
        String detected = LanguageDetector.detect(text);
        counts[2] += threads.getCurrentThreadCpuTime() - start;
        counts[3] += text.length();
        counts[0]++;
        confusion.merge(detected, 1L, Long::sum);
        if (detected.equals(expected)) {
          counts[1]++;
        } else if (examples.size() < EXAMPLES) {
          examples.add(item.id() + " -> " + detected + ": "
              + text.substring(0, Math.min(60, text.length())).replace('\n', ' '));
        }
      });
      results.add(new FileResult(file.getFileName().toString(), expectedSeen[0], counts[0], counts[1], confusion,
          examples, counts[2], counts[3]));
    }
    return results;
  }
}
