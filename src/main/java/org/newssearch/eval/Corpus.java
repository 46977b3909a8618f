package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the evaluation corpora of {@code ../shared/corpora}: gzipped JSONL, one news item a line. */
public final class Corpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One item of a corpus.
   *
   * @param lang the language the corpus states ({@code zh-Hans}, {@code en}, ...)
   * @param convertedFrom for a script twin, the id of its original; otherwise {@code null}
   */
  public record Item(String id, String title, String body, String lang, String convertedFrom) {}

  private Corpus() {}

  /** Every item of {@code file}, one at a time (the big corpus need not fit in memory). */
  public static void forEach(Path file, Consumer<Item> each) throws IOException {
    lines(file, Integer.MAX_VALUE, node -> each.accept(item(node)));
  }

  /** At most {@code limit} items of {@code file} (a {@code .jsonl.gz} or {@code .jsonl}), in file order. */
  public static List<Item> read(Path file, int limit) throws IOException {
    List<Item> items = new ArrayList<>();
    lines(file, limit, node -> items.add(item(node)));
    return items;
  }

  /** At most {@code limit} lines of {@code file} as JSON trees, for fields beyond {@link Item}'s (tags, date). */
  public static List<JsonNode> nodes(Path file, int limit) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    lines(file, limit, nodes::add);
    return nodes;
  }

  private static void lines(Path file, int limit, Consumer<JsonNode> each) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int read = 0;
      while (read < limit && (line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          each.accept(JSON.readTree(line));
          read++;
        }
      }
    }
  }

  private static Item item(JsonNode node) {
    return new Item(text(node, "id"), text(node, "title"), text(node, "body"), text(node, "lang"),
        text(node, "converted_from"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
