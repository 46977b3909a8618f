package org.newssearch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Walks input files and directories, picks a reader for each file by its content, and hands on
 * every article, every exact duplicate and every reject. One bad file never stops a run.
 */
public final class Ingestor {

  /** Readers in the order they are tried; the plain-text reader accepts almost anything, so it is last. */
  static final List<ArticleReader> READERS =
      List.of(new WarcArticleReader(), new FeedItemReader(), new JsonlReader(), new HtmlPageReader(),
          new PlainTextDumpReader());

  /** Receives what ingestion finds. */
  public interface Sink {
    void article(Article article);

    void duplicate(Article article, String firstId);

    void reject(Reject reject);
  }

  /** Content hash -> id of the first article with that text. */
  private final Map<String, String> firstIdOfContent = new HashMap<>();

  /** Bytes of input read so far, for progress (the head of a file may be read twice). */
  private final LongAdder bytesRead = new LongAdder();

  /** Bytes of input read so far. */
  public long bytesRead() {
    return bytesRead.sum();
  }

  /** The total size on disk of every file under {@code inputs}: what {@link #bytesRead()} runs up to. */
  public static long totalBytes(List<Path> inputs) {
    long total = 0;
    for (Path input : inputs) {
      try (Stream<Path> walk = Files.walk(input)) {
        total += walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      } catch (IOException | UncheckedIOException e) {
        // an unreadable input is reported when it is read; progress just counts it as empty
      }
    }
    return total;
  }

  /** Reads every input (files, or directories read recursively in name order). */
  public void ingest(List<Path> inputs, Sink sink) {
    for (Path input : inputs) {
      for (InputFile file : files(input, sink)) {
        readFile(file, sink);
      }
    }
  }

  private void readFile(InputFile file, Sink sink) {
    int[] read = {0};
    try {
      if (Files.size(file.path()) == 0) {
        sink.reject(new Reject(file.name(), "empty file"));
        return;
      }
      byte[] headBytes = file.headBytes();
      if (headBytes.length == 0) {
        sink.reject(new Reject(file.name(), "empty file (nothing inside the gzip)"));
        return;
      }
      if (TextDecoding.looksBinary(headBytes)) {
        sink.reject(new Reject(file.name(), "binary data, not text: accepted are text dumps, feed items, HTML pages, JSONL and WARC"));
        return;
      }
      String head = TextDecoding.decode(headBytes, TextDecoding.detect(headBytes));
      ArticleReader reader = READERS.stream().filter(r -> r.accepts(file, head)).findFirst().orElse(null);
      if (reader == null) {
        sink.reject(new Reject(file.name(),
            "unknown format: accepted are plain-text dumps, feed items, HTML pages, JSONL and WARC"));
        return;
      }
      Consumer<RawArticle> onRaw = raw -> {
        read[0]++;
        accept(raw, reader.scraped(), sink);
      };
      reader.read(file, onRaw, sink::reject);
    } catch (InputRejected e) {
      sink.reject(new Reject(file.name(), e.getMessage()));
    } catch (EOFException | ZipException e) {
      sink.reject(new Reject(file.name(), "truncated or corrupt gzip (" + e.getMessage() + "); the " + read[0]
          + " article(s) read before the damage were kept"));
    } catch (IOException | RuntimeException e) {
      sink.reject(new Reject(file.name(), "unreadable after " + read[0] + " article(s): " + e));
    }
  }

  private void accept(RawArticle raw, boolean scraped, Sink sink) {
    ArticleAssembler.Result result = ArticleAssembler.assemble(raw, scraped);
    if (result.article() == null) {
      sink.reject(new Reject(raw.file(), result.rejection()));
      return;
    }
    Article article = result.article();
    String content = ArticleAssembler.contentHash(article);
    String firstId = firstIdOfContent.putIfAbsent(content, article.id());
    if (firstId != null) {
      sink.duplicate(article, firstId);
      return;
    }
    sink.article(article);
  }

  private List<InputFile> files(Path input, Sink sink) {
    List<InputFile> files = new ArrayList<>();
    if (Files.isRegularFile(input)) {
      files.add(new InputFile(input, input.getFileName().toString(), bytesRead));
      return files;
    }
    if (!Files.isDirectory(input)) {
      sink.reject(new Reject(input.toString(), "no such file or directory"));
      return files;
    }
    try (Stream<Path> walk = Files.walk(input)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(p -> files.add(new InputFile(p, input.relativize(p).toString(), bytesRead)));
    } catch (IOException e) {
      sink.reject(new Reject(input.toString(), "cannot list directory: " + e.getMessage()));
    }
    return files;
  }
}
