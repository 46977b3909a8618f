package org.newssearch.ingest;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text dumps scrapers write: a title line, an optional date/source line, the body,
 * then trailing lists (trending, related articles) that are not part of the article.
 */
final class PlainTextDumpReader implements ArticleReader {

  /** {@code 2025-02-18 17:30:06 · chineseheadlinenews.com · 来源: 看中国} or {@code 2025年03月24日11:04:12 国际 1777}. */
  private static final Pattern META_LINE = Pattern.compile("^\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}.{0,120}$");

  private static final Pattern ORIGIN_LINE = Pattern.compile("^来源\\s*[:：]\\s*(\\S.*)$");

  /** Lines where the article ends and a list of other articles begins. */
  private static final Pattern END_OF_ARTICLE =
      Pattern.compile("新闻排行榜|分类资讯推荐|^点击进入专题|^相关(阅读|新闻|文章)|^热门(推荐|文章)|^推荐阅读");

  /** How many lines after the title may hold the date/source line. */
  private static final int META_SEARCH_LINES = 3;

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
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects)
      throws java.io.IOException {
    List<String> lines = nonBlankLines(file.text());
    if (lines.size() < 2) {
      rejects.accept(new Reject(file.name(), "not an article: fewer than two non-blank lines of text"));
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
          origin = originOf(parts[2]).orElse(null);
        }
        published = DateParsing.findNumeric(lines.get(i), null).orElse(null);
        bodyStart = i + 1;
        break;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    Set<String> flags = new HashSet<>();
    for (String line : lines.subList(bodyStart, lines.size())) {
      if (END_OF_ARTICLE.matcher(line).find()) {
        break;
      }
      Optional<String> signature = signatureSource(line, title);
      if (signature.isPresent()) {
        source = source == null ? signature.get() : source;
        continue;
      }
      Optional<String> credited = originOf(line);
      if (credited.isPresent()) {
        origin = origin == null ? credited.get() : origin;
        continue;
      }
      paragraphs.add(line);
    }
    ZoneOffset offset = KnownSources.offsetOf(source);
    if (published != null && offset != null) {
      published = new PublishedAt(published.local(), offset);
    }
    articles.accept(new RawArticle(null, file.name(), title, paragraphs, published, source, origin, null, null, null, flags));
  }

  /** The outlet named by a repeated-headline line such as "title - 天天要闻". */
  private static Optional<String> signatureSource(String line, String title) {
    for (Map.Entry<String, String> signature : KnownSources.HEADLINE_SIGNATURES.entrySet()) {
      if (line.endsWith(signature.getKey()) && line.startsWith(title)) {
        return Optional.of(signature.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> originOf(String text) {
    Matcher m = ORIGIN_LINE.matcher(text.trim());
    return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
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
