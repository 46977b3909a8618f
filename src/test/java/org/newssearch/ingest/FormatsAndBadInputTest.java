package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Whole HTML pages, WARC crawls and JSONL written here; then bad inputs that must become clear rejects. */
class FormatsAndBadInputTest {

  private static final String PARAGRAPH = "泽连斯基在基辅表示，乌克兰愿意在安全保障明确的前提下与各方展开谈判，并呼吁欧洲盟友继续提供援助。";

  private static final String PAGE = """
      <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
      <title>泽连斯基称愿谈判 - 示例新闻网</title>
      <meta property="og:site_name" content="示例新闻网">
      <meta property="article:published_time" content="2025-03-01T09:30:00+08:00">
      <meta name="author" content="李明">
      <link rel="canonical" href="https://news.example.com/a/123.html">
      </head><body><nav><a href="/">首页</a> 国际 军事</nav>
      <article><h1>泽连斯基称愿谈判</h1><p>%s</p><h2>欧洲的回应</h2><p>欧盟外交与安全政策高级代表表示，欧盟将继续支持乌克兰。</p>
      <div class="related-news"><ul><li>张又侠出事消息再传</li><li>另一条热门新闻</li></ul></div></article>
      <aside>热门排行 张又侠</aside><footer>版权所有</footer></body></html>
      """.formatted(PARAGRAPH);

  @TempDir Path dir;

  @Test
  void aNewsPageGivesItsHeadlineDateUrlSiteAuthorAndMainTextOnly() throws IOException {
    Ingested run = Ingested.of(write("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
    assertThat(run.rejects).isEmpty();
    Article a = run.articles.get(0);
    assertThat(a.title()).isEqualTo("泽连斯基称愿谈判");
    assertThat(a.published().iso()).isEqualTo("2025-03-01T09:30:00+08:00");
    assertThat(a.url()).isEqualTo("https://news.example.com/a/123.html");
    assertThat(a.source()).isEqualTo("示例新闻网");
    assertThat(a.author()).isEqualTo("李明");
    assertThat(a.body()).isEqualTo(PARAGRAPH + "\n欧洲的回应\n欧盟外交与安全政策高级代表表示，欧盟将继续支持乌克兰。");
    assertThat(a.id()).startsWith("u");
  }

  @Test
  void aGzippedWarcGivesTheArticlesOfItsHtmlResponsesAndSkipsOtherRecords() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(response("https://news.example.com/a/1.html", "text/html; charset=gbk",
          PAGE.replace("https://news.example.com/a/123.html", "https://news.example.com/a/1.html").getBytes("GBK")));
      writer.write(response("https://news.example.com/logo.png", "image/png", new byte[] {1, 2, 3}));
      writer.write(response("https://news.example.com/", "text/html", "<html><body><p>首页</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    }
    Ingested run = Ingested.of(warc);
    assertThat(run.articles).hasSize(1);
    Article a = run.articles.get(0);
    assertThat(a.title()).isEqualTo("泽连斯基称愿谈判");
    assertThat(a.url()).isEqualTo("https://news.example.com/a/1.html");
    assertThat(a.body()).startsWith(PARAGRAPH);
    assertThat(a.file()).isEqualTo("crawl.warc.gz");
    assertThat(run.rejects).extracting(Reject::file, Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple("crawl.warc.gz https://news.example.com/",
            "HTML page without an article: no block of at least 80 characters of paragraph text"));
  }

  @Test
  void aGzippedJsonlFileGivesOneArticlePerLineKeepsTitleOnlyOnesAndRejectsBadLinesByNumber() throws IOException {
    Path jsonl = dir.resolve("bulk.jsonl.gz");
    try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(jsonl)), StandardCharsets.UTF_8)) {
      out.write("{\"id\":\"a1\",\"title\":\"标题一\",\"body\":\"第一段。\\n第二段。\",\"date\":\"2025-02-18T17:30:06+08:00\","
          + "\"url\":\"https://www.example.org/x\",\"lang\":\"zh-Hans\",\"author\":\"王五\",\"origin\":\"新华社\"}\n");
      out.write("not json\n");
      out.write("{\"title\":\"无正文\"}\n");
      out.write("{\"title\":\"毫秒\",\"body\":\"正文。\",\"date\":1739864342000}\n");
    }
    Ingested run = Ingested.of(jsonl);
    assertThat(run.articles).hasSize(3);
    Article a = run.articles.get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.body()).isEqualTo("第一段。\n第二段。");
    assertThat(a.published().iso()).isEqualTo("2025-02-18T17:30:06+08:00");
    assertThat(a.source()).isEqualTo("example.org");
    assertThat(a.author()).isEqualTo("王五");
    assertThat(a.origin()).isEqualTo("新华社");
    assertThat(run.articles.get(1).title()).isEqualTo("无正文");
    assertThat(run.articles.get(1).body()).isEmpty();
    assertThat(run.articles.get(2).published().iso()).isEqualTo("2025-02-18T07:39:02+00:00");
    assertThat(run.rejects).extracting(Reject::file).containsExactly("bulk.jsonl.gz:2");
  }

  @Test
  void badInputsBecomeClearRejectsAndTheRestIsStillIndexed() throws IOException {
    write("empty.txt", new byte[0]);
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    write("junk.bin", junk);
    write("no-article.html", "<html><head><title>首页</title></head><body><nav>国际 军事</nav><p>欢迎</p></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    Path truncated = dir.resolve("cut.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(truncated))) {
      for (int i = 0; i < 20_000; i++) {
        out.write(("{\"title\":\"标题" + i + "\",\"body\":\"第" + i + "篇正文，内容各不相同。" + new Random(i).nextLong() + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = Files.readAllBytes(truncated);
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    byte[] line = new byte[50 << 20];
    Arrays.fill(line, (byte) 'a');
    write("huge.txt", line);
    write("zz-good.txt", Files.readAllBytes(Ingested.seeds().resolve("001_60920aa6a8be9024.txt")));

    Ingested run = Ingested.of(dir);

    assertThat(run.articles).extracting(Article::file).contains("zz-good.txt");
    assertThat(run.articles).filteredOn(a -> a.file().startsWith("cut.jsonl.gz")).hasSizeBetween(1000, 19_999);
    assertThat(run.rejects).extracting(Reject::file).containsExactlyInAnyOrder(
        "cut.jsonl.gz", "empty.txt", "huge.txt", "junk.bin", "no-article.html");
    assertThat(reason(run, "empty.txt")).isEqualTo("empty file");
    assertThat(reason(run, "junk.bin")).startsWith("binary data, not text");
    assertThat(reason(run, "no-article.html")).startsWith("HTML page without an article");
    assertThat(reason(run, "huge.txt")).startsWith("too large for one article");
    assertThat(reason(run, "cut.jsonl.gz")).startsWith("truncated or corrupt gzip")
        .contains(run.articles.stream().filter(a -> a.file().startsWith("cut.jsonl.gz")).count() + " article(s) read before");
  }

  private static String reason(Ingested run, String file) {
    return run.rejects.stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow().reason();
  }

  private static WarcResponse response(String url, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(url).date(Instant.parse("2025-03-01T02:00:00Z")).body(http).build();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
