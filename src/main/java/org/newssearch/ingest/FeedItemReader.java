package org.newssearch.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a feed-item dump: an HTML comment with the fetch time in epoch milliseconds, a markdown link
 * {@code [title](url)}, a rule, then the item's HTML (a date, an image with a caption, paragraphs).
 */
final class FeedItemReader implements ArticleReader {

  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*<!--\\s*(\\d{10,13})\\s*-->\\s*\\n\\s*\\[(.+)]\\((\\S+)\\)\\s*\\n-{3,}\\s*\\n", Pattern.DOTALL);

  /** Ten digits are epoch seconds, thirteen are milliseconds. */
  private static long fetchMillis(String digits) {
    long value = Long.parseLong(digits);
    return digits.length() <= 10 ? value * 1000 : value;
  }

  @Override
  public String format() {
    return "feed-item";
  }

  @Override
  public boolean accepts(InputFile file, String head) {
    return HEADER.matcher(head).lookingAt();
  }

  @Override
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException {
    String text = file.text();
    Matcher header = HEADER.matcher(text);
    if (!header.lookingAt()) {
      rejects.accept(new Reject(file.name(), "not a feed item: no <!--millis--> and [title](url) header"));
      return;
    }
    Document html = Jsoup.parseBodyFragment(text.substring(header.end()));
    PublishedAt published =
        DateParsing.rfc1123(html.select("i").text())
            .orElseGet(() -> DateParsing.epochMillis(fetchMillis(header.group(1))));
    List<String> lines = new ArrayList<>();
    for (Element block : html.select("small, p, h2, h3, h4")) {
      String paragraph = block.text().strip();
      if (!paragraph.isEmpty()) {
        lines.add(paragraph);
      }
    }
    String title = header.group(2).strip();
    Boilerplate.Cleaned cleaned = Boilerplate.clean(title, lines);
    String url = header.group(3);
    articles.accept(
        new RawArticle(
            null, file.name(), title, cleaned.paragraphs(), published,
            KnownSources.siteOf(url).orElse(cleaned.source()), cleaned.origin(), url, cleaned.author(), null, null));
  }
}
