package org.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus enlarged for benchmarks: the same articles repeated, each copy with new ids and a copy
 * number after the body (ingestion would otherwise index each exact duplicate once).
 */
public final class CorpusCopies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusCopies() {}

  /** Writes {@code copies} copies of {@code rows} to {@code out} as JSONL; copy k's ids end in {@code #k}. */
  public static Path write(List<JsonNode> rows, int copies, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int copy = 0; copy < copies; copy++) {
        for (JsonNode row : rows) {
          ObjectNode renamed = ((ObjectNode) row).deepCopy();
          renamed.put("id", row.path("id").asText() + "#" + copy);
          renamed.put("body", row.path("body").asText() + "\n(" + copy + ")");
          w.write(JSON.writeValueAsString(renamed));
          w.write('\n');
        }
      }
    }
    return out;
  }
}
