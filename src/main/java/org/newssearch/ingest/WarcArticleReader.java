package org.newssearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files of news crawls ({@code .warc}, {@code .warc.gz}): every HTTP response record whose
 * payload is HTML is a page, whose article {@link HtmlArticleExtractor} extracts. Other records
 * (requests, metadata, images) are not articles and are passed over.
 */
final class WarcArticleReader implements ArticleReader {

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public boolean accepts(InputFile file, String head) {
    return head.startsWith("WARC/");
  }

  @Override
  public void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException {
    int pages = 0;
    try (WarcReader reader = new WarcReader(file.path())) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException | RuntimeException notHttp) {
          continue;
        }
        String type = http.contentType().base().toString();
        if (http.status() != 200 || !(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
          continue;
        }
        pages++;
        String where = file.name() + " " + response.target();
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
          bytes = body.readNBytes(InputFile.MAX_ARTICLE_BYTES + 1);
        }
        if (bytes.length > InputFile.MAX_ARTICLE_BYTES) {
          rejects.accept(new Reject(where, "page larger than " + (InputFile.MAX_ARTICLE_BYTES >> 20) + " MiB"));
          continue;
        }
        String html;
        try {
          html = decode(bytes, http.contentType(), where);
        } catch (InputRejected e) {
          rejects.accept(new Reject(where, e.getMessage()));
          continue;
        }
        Optional<RawArticle> article = HtmlArticleExtractor.extract(Jsoup.parse(html, response.target()), response.target(), file.name());
        if (article.isPresent()) {
          articles.accept(article.get());
        } else {
          rejects.accept(new Reject(where, "HTML page without an article: no block of at least "
              + HtmlArticleExtractor.MIN_BODY_CHARS + " characters of paragraph text"));
        }
      }
    }
    if (pages == 0) {
      rejects.accept(new Reject(file.name(), "no article in this WARC: it has no HTTP 200 response record with an HTML page"));
    }
  }

  /** The charset the server declared when the bytes decode cleanly in it, else the detected one. */
  private static String decode(byte[] bytes, MediaType type, String where) throws InputRejected {
    String declared = type.parameters().get("charset");
    if (declared != null) {
      try {
        Charset charset = Charset.forName(declared.strip());
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (IllegalArgumentException | CharacterCodingException wrongOrUnknown) {
        // Servers often declare the wrong charset; detection decides.
      }
    }
    return InputFile.decodeChecked(bytes, where);
  }
}
