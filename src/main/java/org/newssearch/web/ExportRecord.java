package org.newssearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What produced an export, written with it so that a file found later says where it came from: the
 * request's parameters, the index generation, the time, the number of articles. Also its file name,
 * after the query and the day.
 *
 * @param parameters the export's request parameters as received (q, filters, sort, format)
 */
record ExportRecord(Map<String, List<String>> parameters, String generation, Instant exportedAt, long articles) {

  /** ASCII only (non-ASCII as \\u escapes), so that it can also travel as an HTTP header. */
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  private static final int MAX_NAME_CHARS = 60;

  /** One line of printable ASCII JSON: {"newssearchExport": {...}}. */
  String json() {
    try {
      return JSON.writeValueAsString(Map.of("newssearchExport", Map.of("parameters", parameters,
          "generation", generation, "exportedAt", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
          "articles", articles))).replace("\u007f", "\\u007F"); // JSON leaves DEL as it is; a header may not
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code attachment} with the file named after the query and the day ({@code newssearch-乌克兰-停火-20261204.csv}),
   * and a plain ASCII name for clients that do not read RFC 6266's {@code filename*}.
   */
  String contentDisposition(String extension) {
    String q = String.join(" ", parameters.getOrDefault("q", List.of())).strip();
    String day = DateTimeFormatter.BASIC_ISO_DATE.format(exportedAt.atOffset(ZoneOffset.UTC).toLocalDate());
    String name = slug(q, false);
    String ascii = slug(q, true);
    String suffix = "-" + day + "." + extension;
    return "attachment; filename=\"newssearch" + (ascii.isEmpty() ? "" : "-" + ascii) + suffix + "\"; filename*=UTF-8''"
        + URLEncoder.encode("newssearch" + (name.isEmpty() ? "" : "-" + name) + suffix, StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  /** The query's letters and digits, runs of anything else as one hyphen, at most 60 characters. */
  private static String slug(String q, boolean asciiOnly) {
    String kept = q.codePoints()
        .mapToObj(cp -> Character.isLetterOrDigit(cp) && (!asciiOnly || cp < 128) ? Character.toString(cp) : "-")
        .collect(Collectors.joining()).replaceAll("-+", "-").replaceAll("^-|-$", "");
    return kept.length() > MAX_NAME_CHARS ? kept.substring(0, MAX_NAME_CHARS).replaceAll("-$", "") : kept;
  }
}
