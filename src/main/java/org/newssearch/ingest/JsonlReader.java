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
 * Reads JSONL, one article per line, optionally gzipped: the bulk format. Fields: {@code title} and
 * {@code body} (at least one of them), {@code id}, {@code date}, {@code source}, {@code url}, {@code lang},
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
    JsonNode bodyNode = node.get("body");
    if (bodyNode != null && !bodyNode.isNull() && !bodyNode.isTextual()) {
      rejects.accept(new Reject(where, "\"body\" is " + typeOf(bodyNode) + "; accepted: a string"));
      return;
    }
    Fields fields = new Fields(node, where, rejects);
    String body = fields.text("body");
    String title = fields.text("title");
    if ((body == null || body.isBlank()) && (title == null || title.isBlank())) {
      rejects.accept(new Reject(where, "no \"title\" and no \"body\": each line needs a non-empty string in one of them"));
      return;
    }
    if (line.indexOf('\uFFFD') >= 0) {
      rejects.accept(Reject.kept(where, "bytes that are not UTF-8: they are kept as \uFFFD; re-export the file as UTF-8"));
    }
    String source = fields.text("source");
    String url = fields.text("url");
    if (source == null) {
      source = KnownSources.siteOf(url).orElse(null);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : (body == null ? "" : body).replace("\r", "").split("\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    articles.accept(new RawArticle(fields.id(), where, title, paragraphs, fields.date(KnownSources.offsetOf(source)), source,
        fields.text("origin"), url, fields.text("author"), fields.text("lang"), null));
  }

  private static String typeOf(JsonNode value) {
    return switch (value.getNodeType()) {
      case NUMBER -> "a number (" + value.asText() + ")";
      case BOOLEAN -> "a boolean (" + value.asText() + ")";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "of type " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The fields of one line, read by their accepted types; a field of another type is dropped and reported. */
  private record Fields(JsonNode node, String where, Consumer<Reject> rejects) {

    /** A string field, or null when absent, null or of another type (reported). */
    String text(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        rejects.accept(Reject.kept(where, "\"" + field + "\" is " + typeOf(value) + "; accepted: a string. "
            + "The article is kept without it"));
        return null;
      }
      return value.asText();
    }

    /** The id: a string, or a whole number taken as its digits. */
    String id() {
      JsonNode value = node.get("id");
      return value != null && value.isIntegralNumber() ? value.asText() : text("id");
    }

    /** The date: a string in a form docs/input-formats.md lists, or epoch milliseconds; anything else is reported. */
    PublishedAt date(java.time.ZoneOffset offset) {
      JsonNode value = node.get("date");
      if (value != null && value.isIntegralNumber()) {
        return DateParsing.epochMillis(value.asLong());
      }
      String text = text("date");
      if (text == null || text.isBlank()) {
        return null;
      }
      PublishedAt date = DateParsing.any(text, offset).orElse(null);
      if (date == null) {
        rejects.accept(Reject.kept(where, "date '" + text + "' is in no form this reader knows (ISO-8601, "
            + "2025-02-18 10:00, 2025年2月18日, RFC 1123, epoch milliseconds): the article is kept without a date"));
      }
      return date;
    }
  }
}
