package org.newssearch.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/** Reads a whole saved news page (HTML), extracting its article with {@link HtmlArticleExtractor}. */
final class HtmlPageReader implements ArticleReader {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(InputFile file, String head) {
    String start = head.stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<") && (start.contains("<html") || start.contains("<body") || start.startsWith("<!doctype html"));
  }

  @Override
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException {
    Optional<RawArticle> article = HtmlArticleExtractor.extract(Jsoup.parse(file.text()), null, file.name());
    if (article.isPresent()) {
      articles.accept(article.get());
    } else {
      rejects.accept(new Reject(file.name(), "HTML page without an article: no block of at least "
          + HtmlArticleExtractor.MIN_BODY_CHARS + " characters of paragraph text"));
    }
  }
}
