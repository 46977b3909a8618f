package org.newssearch.ingest;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text dumps scrapers write: a title line, an optional date/source line, the body,
 * then trailing lists (trending, related articles) that {@link Boilerplate} cuts off.
 */
final class PlainTextDumpReader implements ArticleReader {

  /** {@code 2025-02-18 17:30:06 · chineseheadlinenews.com · 来源: 看中国} or {@code 2025年03月24日11:04:12 国际 1777}. */
  private static final Pattern META_LINE = Pattern.compile("^\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}.{0,120}$");

  private static final Pattern ORIGIN = Pattern.compile("^来源\\s*[:：]\\s*(\\S.*)$");

  /** How many lines after the title may hold the date/source line. */
  private static final int META_SEARCH_LINES = 3;

  /** A title is a line, not a paragraph: a longer first line means the dump has no title line. */
  private static final int MAX_TITLE_LENGTH = 200;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean accepts(InputFile file, String head) {
    String start = head.stripLeading();
    return !start.isEmpty() && !start.startsWith("<") && !start.startsWith("{");
  }

  @Override
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException {
    List<String> lines = nonBlankLines(file.text());
    if (lines.size() < 2 || lines.get(0).length() > MAX_TITLE_LENGTH) {
      rejects.accept(new Reject(file.name(),
          "not an article: a text dump needs a title line (at most " + MAX_TITLE_LENGTH
              + " characters) followed by body lines; found " + lines.size() + " non-blank line(s)"));
      return;
    }
    String title = lines.get(0);
    String source = null;
    String origin = null;
    PublishedAt published = null;
    int bodyStart = 1;
    for (int i = 1; i <= META_SEARCH_LINES && i < lines.size(); i++) {
      if (META_LINE.matcher(lines.get(i)).matches()) {
        String[] parts = lines.get(i).split("\\s+·\\s+");
        if (parts.length > 1) {
          source = KnownSources.siteOf("https://" + parts[1].trim()).orElse(parts[1].trim());
        }
        if (parts.length > 2) {
          Matcher m = ORIGIN.matcher(parts[2].trim());
          origin = m.matches() ? m.group(1).trim() : null;
        }
        published = DateParsing.findNumeric(lines.get(i), null).orElse(null);
        bodyStart = i + 1;
        break;
      }
    }
    Boilerplate.Cleaned cleaned = Boilerplate.clean(title, lines.subList(bodyStart, lines.size()));
    source = source != null ? source : cleaned.source();
    origin = origin != null ? origin : cleaned.origin();
    ZoneOffset offset = KnownSources.offsetOf(source);
    if (published != null && offset != null) {
      published = new PublishedAt(published.local(), offset);
    }
    articles.accept(new RawArticle(null, file.name(), title, cleaned.paragraphs(), published, source, origin, null,
        cleaned.author(), null, null));
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return lines;
  }
}
