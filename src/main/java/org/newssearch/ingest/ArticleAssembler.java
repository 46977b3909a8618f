package org.newssearch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Turns a {@link RawArticle} into an {@link Article}: settles its id, language and source. */
final class ArticleAssembler {

  static final String UNKNOWN_SOURCE = "unknown";

  private ArticleAssembler() {}

  /** The article, or the reason it cannot be one; spam is cleaned out of {@code scraped} text only. */
  static Result assemble(RawArticle raw, boolean scraped) {
    SpamFilter.Result cleaned = scraped
        ? SpamFilter.clean(raw.title() == null ? null : raw.title().strip(), raw.paragraphs())
        : new SpamFilter.Result(raw.paragraphs(), Set.of());
    String body = String.join("\n", cleaned.paragraphs()).strip();
    boolean titled = raw.title() != null && !raw.title().isBlank();
    // A title is content (short wire items, video captions); a scraped page with nothing left is not.
    if (body.isEmpty() && (scraped || !titled)) {
      return Result.rejected(titled
          ? "no body: nothing is left of the text once lists, headlines and credits are removed"
          : "no title and no body: an article needs at least one of them");
    }
    Set<String> flags = new TreeSet<>(raw.flags());
    flags.addAll(cleaned.flags());
    String title = raw.title() == null || raw.title().isBlank() ? firstLine(body) : raw.title().strip();
    String lang = raw.lang() == null || raw.lang().isBlank() ? LanguageDetector.detect(title + "\n" + body) : raw.lang();
    String source = raw.source() == null || raw.source().isBlank() ? UNKNOWN_SOURCE : raw.source();
    String id = Optional.ofNullable(raw.id()).filter(s -> !s.isBlank())
        .orElseGet(() -> raw.url() != null ? "u" + hash(raw.url()) : "c" + hash(title + "\n" + body));
    PublishedAt published = raw.published();
    String warning = null;
    int lastYear = Year.now(ZoneOffset.UTC).getValue() + 1;
    if (published != null && (published.local().getYear() < FIRST_YEAR || published.local().getYear() > lastYear)) {
      warning = "date " + published.iso() + " is outside the years " + FIRST_YEAR + " to " + lastYear
          + ": the article is kept without a date";
      published = null;
    }
    return new Result(
        new Article(id, title, body, published, source, raw.origin(), raw.url(), raw.author(), lang, raw.file(), flags),
        null, warning);
  }

  /** The first publication year taken as real; the last is next year (others are parse or scrape errors). */
  static final int FIRST_YEAR = 1900;

  /** The content hash of an article's text, for exact-duplicate detection. */
  static String contentHash(Article article) {
    return hash(article.title() + "\n" + article.body());
  }

  private static String firstLine(String body) {
    int newline = body.indexOf('\n');
    String line = newline < 0 ? body : body.substring(0, newline);
    return line.length() > 80 ? line.substring(0, 80) : line;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Either an article or the reason there is none. */
  record Result(Article article, String rejection, String warning) {
    static Result rejected(String why) {
      return new Result(null, why, null);
    }
  }
}
