package org.newssearch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    if (result.warning() != null) {
      sink.reject(Reject.kept(raw.file(), result.warning()));
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
    if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      sink.reject(new Reject(input.toString(), "no such file or directory"));
      return files;
    }
    if (!Files.isDirectory(input)) {
      String why = unreadable(input, null);
      if (why == null) {
        files.add(new InputFile(input, input.getFileName().toString(), bytesRead));
      } else {
        sink.reject(new Reject(input.toString(), why));
      }
      return files;
    }
    try (Stream<Path> walk = Files.walk(input)) {
      Path tree = input.toRealPath();
      walk.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .forEach(p -> {
            String name = input.relativize(p).toString();
            String why = unreadable(p, tree);
            if (why == null) {
              files.add(new InputFile(p, name, bytesRead));
            } else {
              sink.reject(new Reject(name, why));
            }
          });
    } catch (IOException | UncheckedIOException e) {
      sink.reject(new Reject(input.toString(), "cannot list directory: " + e.getMessage()));
    }
    return files;
  }

  /**
   * Why {@code path} is not read as an article file, or null when it is: a symbolic link is followed
   * only to a regular file inside {@code tree} (the input folder; null for a file named on the
   * command line), and a FIFO, socket or device is never opened (a FIFO would block the build).
   */
  private static String unreadable(Path path, Path tree) {
    Path target = path;
    if (Files.isSymbolicLink(path)) {
      try {
        target = path.toRealPath();
      } catch (IOException e) {
        return "a symbolic link to nothing (its target does not exist): skipped";
      }
      if (tree != null && !target.startsWith(tree)) {
        return "a symbolic link to " + target + ", outside the input folder: not followed";
      }
    }
    if (Files.isDirectory(target)) {
      return "a symbolic link to a folder: not followed (name the folder itself as an input)";
    }
    if (!Files.isRegularFile(target)) {
      return "not a regular file (a FIFO, socket or device): skipped";
    }
    return null;
  }
}
