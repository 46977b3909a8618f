package org.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A JSONL(.gz) news corpus read for benchmarks: its texts, its tags, and enlarged copies. */
public final class Corpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** Every line parsed, in order. */
  public static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in = reader(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }

  /** Title and body of each article, the text the analyzers see. */
  public static List<String> texts(List<JsonNode> rows) {
    return rows.stream().map(r -> r.path("title").asText("") + "\n" + r.path("body").asText("")).toList();
  }

  /** Writes {@code copies} copies of the corpus as one JSONL file, each copy's ids made new. */
  public static Path repeated(Path corpus, int copies, Path out) throws IOException {
    List<JsonNode> rows = read(corpus);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int copy = 0; copy < copies; copy++) {
        for (JsonNode row : rows) {
          ObjectNode renamed = ((ObjectNode) row).deepCopy();
          renamed.put("id", row.path("id").asText() + "#" + copy);
          w.write(JSON.writeValueAsString(renamed));
          w.write('\n');
        }
      }
    }
    return out;
  }

  private static BufferedReader reader(Path file) throws IOException {
    var in = Files.newInputStream(file);
    var raw = file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
  }
}
