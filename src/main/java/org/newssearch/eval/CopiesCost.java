package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.newssearch.index.BuildReport;
import org.newssearch.index.CopyDetector;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.MinHashCopyDetector;

/** What grouping copies costs at indexing time: the same input indexed without and with detection. */
public final class CopiesCost {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param articles articles indexed (originals and their copies)
   * @param millisWithout indexing time without detection, and {@code millisWith} with it
   * @param bytesWithout index size without detection, and {@code bytesWith} with it
   */
  public record Cost(long articles, int threads, long millisWithout, long millisWith, long bytesWithout, long bytesWith) {}

  private CopiesCost() {}

  /**
   * Indexes the first {@code articles} of the corpus with an edited and a truncated copy of every
   * tenth, once without detection and once with it, on {@code threads} threads.
   */
  public static Cost of(Path cctv, int articles, int threads, Path work) throws IOException {
    List<JsonNode> rows = Corpus.nodes(cctv, articles);
    Random random = new Random(1);
    Path input = work.resolve("copies-input.jsonl");
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        w.write(JSON.writeValueAsString(row) + "\n");
        written++;
        if (i % 10 == 0) {
          String body = row.path("body").asText();
          w.write(JSON.writeValueAsString(renamed(row, "#edited", CopiesEval.edited(body, rows.get(random.nextInt(rows.size())), random))) + "\n");
          w.write(JSON.writeValueAsString(renamed(row, "#cut", body.substring(0, (int) (body.length() * CopiesEval.TRUNCATED_SHARE)))) + "\n");
          written += 2;
        }
      }
    }
    // A first build warms the JIT and loads the dictionaries, so that neither measured build pays for it.
    build(work.resolve("warm-up"), input, threads, new MinHashCopyDetector());
    BuildReport without = build(work.resolve("without"), input, threads, CopyDetector.OFF);
    BuildReport with = build(work.resolve("with"), input, threads, new MinHashCopyDetector());
    return new Cost(written, threads, without.millis(), with.millis(), without.indexBytes(), with.indexBytes());
  }

  private static BuildReport build(Path index, Path input, int threads, CopyDetector detector) throws IOException {
    return new IndexBuilder(index, threads, detector).rebuild(List.of(input), (a, c, r) -> {});
  }

  private static ObjectNode renamed(JsonNode row, String suffix, String body) {
    ObjectNode copy = ((ObjectNode) row).deepCopy();
    copy.put("id", row.path("id").asText() + suffix);
    copy.put("body", body);
    copy.remove("url"); // the id would otherwise come from the URL, the original's
    return copy;
  }

}
