package org.newssearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the article from a whole news page: its main text block (the element whose own
 * paragraphs hold the most text, after navigation, asides and related-article blocks are dropped),
 * headline, publication time, canonical URL, site name and author. Used for HTML files and WARC records.
 */
final class HtmlArticleExtractor {

  /** A page whose main block has less paragraph text than this carries no article. */
  static final int MIN_BODY_CHARS = 80;

  /** Blocks of a page that are never the article. */
  private static final String CHROME = "script, style, noscript, nav, aside, footer, form, iframe, svg, button, template";

  /** Class or id words of related-article lists, share bars, comments and ads. */
  private static final Pattern NOT_CONTENT = Pattern.compile(
      "(?i)(related|recommend|share|social|comment|sidebar|footer|breadcrumb|advert|promo|trending|popular|hot-?news|rank|subscribe|newsletter|\\bads?\\b)");

  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

  private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{4,}?)\\s*[-|_–—]\\s*[^-|_–—]{1,30}$");

  private HtmlArticleExtractor() {}

  /** The article on the page, or empty with no article. */
  static Optional<RawArticle> extract(Document page, String pageUrl, String file) {
    String url = firstNonBlank(
        page.select("link[rel=canonical]").attr("abs:href"), meta(page, "og:url"), pageUrl);
    String siteName = meta(page, "og:site_name");
    String source = siteName != null ? siteName : KnownSources.siteOf(url).orElse(null);
    PublishedAt published = published(page);
    String author = firstNonBlank(meta(page, "author"), metaIfNotUrl(page, "article:author"),
        page.select("[rel=author], [itemprop=author]").text());
    String title = title(page, siteName);
    page.select(CHROME).remove();
    for (Element element : page.getAllElements()) {
      if (element != page.body() && element.parent() != null
          && NOT_CONTENT.matcher(element.className() + " " + element.id()).find()) {
        element.remove();
      }
    }
    Element main = mainBlock(page);
    if (main == null) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (Element block : main.select("h2, h3, h4, p, li:not(:has(p)), figcaption, blockquote:not(:has(p))")) {
      String text = block.text().strip();
      if (!text.isEmpty() && !(title != null && text.equals(title))) {
        lines.add(text);
      }
    }
    Boilerplate.Cleaned cleaned = Boilerplate.clean(title, lines);
    int chars = cleaned.paragraphs().stream().mapToInt(String::length).sum();
    if (chars < MIN_BODY_CHARS) {
      return Optional.empty();
    }
    return Optional.of(new RawArticle(null, file, title, cleaned.paragraphs(), published,
        source != null ? source : cleaned.source(), cleaned.origin(), url,
        author != null ? author : cleaned.author(), null, null));
  }

  /** The {@code <article>} or schema.org article body, else the element whose own paragraphs hold the most text. */
  private static Element mainBlock(Document page) {
    Element marked = page.selectFirst("[itemprop=articleBody], article");
    if (marked != null && marked.select("p").text().length() >= MIN_BODY_CHARS) {
      return marked;
    }
    Element best = null;
    int bestChars = 0;
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int chars = 0;
      for (Element child : parent.children()) {
        if (child.nameIs("p")) {
          chars += child.text().length();
        }
      }
      if (chars > bestChars) {
        best = parent;
        bestChars = chars;
      }
    }
    return best;
  }

  private static String title(Document page, String siteName) {
    String og = meta(page, "og:title");
    if (og != null) {
      return og;
    }
    Element h1 = page.selectFirst("article h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String title = page.title().strip();
    if (siteName != null && title.endsWith(siteName)) {
      Matcher m = TITLE_SUFFIX.matcher(title);
      return m.matches() ? m.group(1).strip() : title;
    }
    Matcher m = TITLE_SUFFIX.matcher(title);
    return m.matches() ? m.group(1).strip() : title.isEmpty() ? null : title;
  }

  private static PublishedAt published(Document page) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(page, "article:published_time"));
    for (String name : List.of("pubdate", "publishdate", "publish-date", "PublishDate", "date", "dc.date",
        "DC.date.issued", "og:published_time")) {
      candidates.add(meta(page, name));
    }
    candidates.add(page.select("[itemprop=datePublished]").attr("content"));
    candidates.add(page.select("[itemprop=datePublished]").attr("datetime"));
    Matcher jsonLd = JSON_LD_DATE.matcher(page.select("script[type=application/ld+json]").html());
    candidates.add(jsonLd.find() ? jsonLd.group(1) : null);
    candidates.add(page.select("article time[datetime], time[datetime]").attr("datetime"));
    Element time = page.selectFirst("time");
    candidates.add(time == null ? null : time.text());
    for (String candidate : candidates) {
      Optional<PublishedAt> parsed = DateParsing.any(candidate, null);
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    return null;
  }

  private static String meta(Document page, String name) {
    Elements found = page.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    String value = found.attr("content").strip();
    return value.isEmpty() ? null : value;
  }

  private static String metaIfNotUrl(Document page, String name) {
    String value = meta(page, name);
    return value == null || value.startsWith("http") ? null : value;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
