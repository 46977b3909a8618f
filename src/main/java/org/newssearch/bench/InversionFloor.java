package org.newssearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.eval.Corpus;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.NewsCodec;
import org.newssearch.index.Schema;
import org.newssearch.index.StoredText;

/**
 * How long Lucene alone takes to index what an analysis chain gives: every article's tokens are
 * made first (not timed), then replayed into an index with the product's codec and RAM buffer,
 * with the stored title and body, on the given threads. No analysis chain, however fast, builds
 * such an index in less time: the floor that the indexing target (2x the Solr peer's throughput)
 * is judged against, for the bigram fields the product indexes and for smartcn words.
 */
final class InversionFloor {

  /** An analyzed text: its terms end to end, where each one ends, and each one's position increment. */
  private record Tokens(char[] chars, int[] ends, int[] increments) {}

  /** The floor's two parts: adding every document and committing, then merging to one segment. */
  record Seconds(double add, double merge) {}

  private final List<Corpus.Item> items;
  private final String titleField;
  private final String bodyField;
  private final Tokens[] titles;
  private final Tokens[] bodies;

  private InversionFloor(List<Corpus.Item> items, String titleField, String bodyField, Tokens[] titles, Tokens[] bodies) {
    this.items = items;
    this.titleField = titleField;
    this.bodyField = bodyField;
    this.titles = titles;
    this.bodies = bodies;
  }

  /** The tokens {@code analyzer} makes of every title and body, as {@code title.<suffix>} and {@code body.<suffix>}. */
  static InversionFloor analyze(List<Corpus.Item> items, Analyzer analyzer, String suffix) throws IOException {
    String titleField = Schema.analyzed(Schema.TITLE, suffix);
    String bodyField = Schema.analyzed(Schema.BODY, suffix);
    Tokens[] titles = new Tokens[items.size()];
    Tokens[] bodies = new Tokens[items.size()];
    for (int i = 0; i < items.size(); i++) {
      titles[i] = tokens(analyzer, titleField, items.get(i).title());
      bodies[i] = tokens(analyzer, bodyField, items.get(i).body());
    }
    return new InversionFloor(items, titleField, bodyField, titles, bodies);
  }

  long tokenCount() {
    long count = 0;
    for (int i = 0; i < titles.length; i++) {
      count += titles[i].ends.length + bodies[i].ends.length;
    }
    return count;
  }

  /** Indexes the replayed tokens into a new index in {@code workDir} on {@code threads} threads, timed. */
  Seconds index(int threads, Path workDir) throws Exception {
    Path dir = Files.createTempDirectory(workDir, "bench-floor");
    IndexWriterConfig config = new IndexWriterConfig()
        .setRAMBufferSizeMB(IndexBuilder.RAM_BUFFER_MB)
        .setCodec(new NewsCodec())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          parts.add(pool.submit(() -> addEvery(writer, first, threads)));
        }
        for (Future<?> part : parts) {
          part.get();
        }
      } finally {
        pool.shutdown();
      }
      writer.commit();
      long added = System.nanoTime();
      writer.forceMerge(1);
      writer.commit();
      return new Seconds((added - start) / 1e9, (System.nanoTime() - added) / 1e9);
    } finally {
      Generations.delete(dir);
    }
  }

  private void addEvery(IndexWriter writer, int first, int step) {
    Replay title = new Replay();
    Replay body = new Replay();
    for (int i = first; i < items.size(); i += step) {
      Corpus.Item item = items.get(i);
      Document doc = new Document();
      doc.add(new StringField(Schema.ID, item.id(), Field.Store.YES));
      doc.add(StoredText.field(Schema.TITLE, nullToEmpty(item.title())));
      doc.add(StoredText.field(Schema.BODY, nullToEmpty(item.body())));
      doc.add(new Field(titleField, title.of(titles[i]), Schema.ANALYZED_TEXT));
      doc.add(new Field(bodyField, body.of(bodies[i]), Schema.ANALYZED_TEXT));
      try {
        writer.addDocument(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Tokens tokens(Analyzer analyzer, String field, String text) throws IOException {
    StringBuilder chars = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, nullToEmpty(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        chars.append(term);
        ends.add(chars.length());
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
    }
    return new Tokens(chars.toString().toCharArray(), ends.stream().mapToInt(Integer::intValue).toArray(),
        increments.stream().mapToInt(Integer::intValue).toArray());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A token stream that gives back the tokens of one analyzed text, reused text after text. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private Tokens tokens;
    private int next;

    Replay of(Tokens tokens) {
      this.tokens = tokens;
      return this;
    }

    @Override
    public void reset() {
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.ends.length) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : tokens.ends[next - 1];
      term.copyBuffer(tokens.chars, start, tokens.ends[next] - start);
      increment.setPositionIncrement(tokens.increments[next]);
      next++;
      return true;
    }
  }
}
