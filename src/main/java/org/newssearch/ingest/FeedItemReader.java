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

  /** "(本文依据了美联社、法新社、路透社的报道)": the wires the text credits. */
  private static final Pattern CREDITED = Pattern.compile("本文(?:依据|根据|综合)了?(.+?)的?报道");

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
            .orElse(DateParsing.epochMillis(Long.parseLong(header.group(1))));
    List<String> paragraphs = new ArrayList<>();
    String origin = null;
    for (Element block : html.select("small, p")) {
      String paragraph = block.text().strip();
      if (paragraph.isEmpty()) {
        continue;
      }
      Matcher credited = CREDITED.matcher(paragraph);
      if (credited.find()) {
        origin = credited.group(1);
      }
      paragraphs.add(paragraph);
    }
    String url = header.group(3);
    articles.accept(
        new RawArticle(
            null, file.name(), header.group(2).strip(), paragraphs, published,
            KnownSources.siteOf(url).orElse(null), origin, url, null, null, null));
  }
}
