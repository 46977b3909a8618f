package org.newssearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.newssearch.ingest.Article;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchBackend;

/** Export formats: every match streamed, memory flat however many there are. */
enum ExportFormat {
  CSV("text/csv; charset=utf-8", "csv"),
  JSONL("application/x-ndjson; charset=utf-8", "jsonl");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COLUMNS = List.of("id", "date", "source", "lang", "title", "url", "text");
  private static final CsvMapper CSV_MAPPER = (CsvMapper) new CsvMapper()
      .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");
  /** The header row: plain names. */
  private static final ObjectWriter CSV_HEADER = CSV_MAPPER.writerFor(String[].class).with(LINES);
  /** Every cell quoted, empty ones too, so that a spreadsheet takes none of them for a number or date. */
  private static final ObjectWriter CSV_ROWS = CSV_MAPPER.writerFor(String[].class).with(LINES)
      .withFeatures(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS, CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS);

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return JSONL;
    }
    for (ExportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(value.strip())) {
        return f;
      }
    }
    throw ApiHandlers.unknown("export format", value, "csv, jsonl");
  }

  /**
   * Every match of {@code request}; a CSV file starts with what produced it ({@code record}) as a
   * {@code #} comment line (pandas: {@code read_csv(..., comment="#")}), while a JSONL file stays one
   * article a line (its record travels in the {@code Newssearch-Export} header).
   */
  void write(SearchBackend search, SearchRequest request, ExportRecord record, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    SequenceWriter csv = null;
    if (this == CSV) {
      writer.write('\uFEFF'); // spreadsheets read the file as UTF-8 only with a BOM
      writer.write("# " + record.json() + "\r\n");
      CSV_HEADER.writeValue(writer, COLUMNS.toArray(String[]::new));
      csv = CSV_ROWS.writeValues(writer);
    }
    SequenceWriter rows = csv;
    try {
      search.forEachMatch(request, article -> {
        try {
          if (rows != null) {
            rows.write(csvRow(article));
          } else {
            writer.write(JSON.writeValueAsString(ArticleJson.of(article)) + "\n");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (rows != null) {
      rows.flush();
    }
    writer.flush();
  }

  /**
   * A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return)
   * gets a leading apostrophe, as OWASP recommends against CSV injection: the text stays readable.
   */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static String[] csvRow(Article a) {
    return Stream.of(a.id(), a.published() == null ? "" : a.published().iso(), a.source(), a.lang(), a.title(),
        a.url() == null ? "" : a.url(), a.body()).map(ExportFormat::inert).toArray(String[]::new);
  }
}
