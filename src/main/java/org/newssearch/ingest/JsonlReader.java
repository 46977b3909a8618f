package org.newssearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSONL, one article per line, optionally gzipped: the bulk format. Fields: {@code title},
 * {@code body} (required), {@code id}, {@code date}, {@code source}, {@code url}, {@code lang},
 * {@code author}, {@code origin}; others are ignored. See docs/input-formats.md.
 */
final class JsonlReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One article per line: a line longer than this is not an article (8 Mi characters). */
  static final int MAX_LINE_CHARS = 8 << 20;

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public boolean scraped() {
    return false;
  }

  @Override
  public boolean accepts(InputFile file, String head) {
    return head.stripLeading().startsWith("{");
  }

  @Override
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16)) {
      BoundedLines lines = new BoundedLines(in, MAX_LINE_CHARS);
      String line;
      int number = 0;
      while ((line = lines.next()) != null) {
        number++;
        if (lines.wasTooLong()) {
          rejects.accept(new Reject(file.name() + ":" + number,
              "line longer than " + MAX_LINE_CHARS + " characters: too large for one article; skipped"));
        } else if (number == 1 && line.startsWith("\uFEFF")) {
          readLine(file.name() + ":" + number, line.substring(1), articles, rejects);
        } else if (!line.isBlank()) {
          readLine(file.name() + ":" + number, line, articles, rejects);
        }
      }
    }
  }

  private static void readLine(String where, String line, Consumer<RawArticle> articles, Consumer<Reject> rejects) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      rejects.accept(new Reject(where, "not valid JSON: " + e.getOriginalMessage()));
      return;
    }
    if (!node.isObject()) {
      rejects.accept(new Reject(where, "not a JSON object; each line must be one article object"));
      return;
    }
    String body = text(node, "body");
    if (body == null || body.isBlank()) {
      rejects.accept(new Reject(where, "no \"body\": each line needs a non-empty \"body\" string"));
      return;
    }
    String source = text(node, "source");
    String url = text(node, "url");
    if (source == null) {
      source = KnownSources.siteOf(url).orElse(null);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : body.replace("\r", "").split("\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    JsonNode date = node.get("date");
    PublishedAt published = date != null && date.isIntegralNumber()
        ? DateParsing.epochMillis(date.asLong())
        : DateParsing.any(text(node, "date"), KnownSources.offsetOf(source)).orElse(null);
    articles.accept(
        new RawArticle(
            text(node, "id"), where, text(node, "title"), paragraphs, published, source, text(node, "origin"), url,
            text(node, "author"), text(node, "lang"), null));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
