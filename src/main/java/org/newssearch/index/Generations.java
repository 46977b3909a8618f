package org.newssearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The layout of an index directory: numbered generations ({@code gen-000001}, ...) built side by
 * side, and a {@code CURRENT} file naming the one that serves. Switching is one atomic rename of
 * {@code CURRENT}, so a reader sees the old generation or the new one, never a half-built one.
 * A generation is complete once its build committed (its commit data says when it was built and
 * from what); one without a commit is what a crashed build left, and is removed by the next build.
 */
public final class Generations {

  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path root;

  public Generations(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The serving generation's directory, if one was ever switched in. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path dir = root.resolve(name);
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** The serving generation's name ({@code gen-000003}), or empty. */
  public Optional<String> currentName() throws IOException {
    return current().map(dir -> dir.getFileName().toString());
  }

  /** A new, empty directory for the next generation. */
  public Path next() throws IOException {
    Files.createDirectories(root);
    int last = 0;
    for (Path dir : all()) {
      last = Math.max(last, number(dir));
    }
    Path dir = root.resolve(name(last + 1));
    Files.createDirectory(dir);
    return dir;
  }

  /** Makes {@code generation} the serving one in one atomic step. */
  public void switchTo(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Every generation directory, oldest first, with what its last commit says of it. */
  public List<Generation> list() throws IOException {
    Optional<Path> current = current();
    List<Generation> list = new ArrayList<>();
    for (Path dir : all()) {
      list.add(describe(dir, current.map(dir::equals).orElse(false)));
    }
    return list;
  }

  /** The complete generation numbered {@code number}, or a message naming the ones there are. */
  public Generation find(int number) throws IOException {
    List<Generation> list = list();
    return list.stream().filter(g -> g.number() == number && g.complete()).findFirst()
        .orElseThrow(() -> new IOException("there is no complete generation " + number + " in " + root
            + "; the complete ones are: " + numbers(list)));
  }

  /**
   * Deletes generation directories that are neither serving nor among the {@code keep} newest
   * complete ones, and every incomplete one but {@code building}; returns the names deleted.
   */
  public List<String> prune(int keep, Path building) throws IOException {
    List<Generation> complete = list().stream().filter(Generation::complete)
        .sorted(Comparator.comparingInt(Generation::number).reversed()).toList();
    List<Path> kept = new ArrayList<>();
    current().ifPresent(kept::add);
    if (building != null) {
      kept.add(building);
    }
    complete.stream().limit(Math.max(1, keep)).map(Generation::dir).forEach(kept::add);
    List<String> deleted = new ArrayList<>();
    for (Path dir : all()) {
      if (!kept.contains(dir)) {
        delete(dir);
        deleted.add(dir.getFileName().toString());
      }
    }
    return deleted;
  }

  /** Deletes a generation directory and everything in it. */
  public static void delete(Path generation) throws IOException {
    try (Stream<Path> walk = Files.walk(generation)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The generation at {@code dir}, read from its latest commit (incomplete when it has none). */
  static Generation describe(Path dir, boolean serving) throws IOException {
    long bytes = sizeOf(dir);
    try (FSDirectory directory = FSDirectory.open(dir)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      long articles = 0;
      for (SegmentCommitInfo segment : commit) {
        articles += segment.info.maxDoc() - segment.getDelCount();
      }
      return new Generation(dir, number(dir), serving, true, articles, bytes, commit.getUserData());
    } catch (IndexNotFoundException e) {
      return new Generation(dir, number(dir), serving, false, 0, bytes, java.util.Map.of());
    }
  }

  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static String numbers(List<Generation> list) {
    List<String> numbers = list.stream().filter(Generation::complete).map(g -> Integer.toString(g.number())).toList();
    return numbers.isEmpty() ? "none" : String.join(", ", numbers);
  }

  private List<Path> all() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
    }
  }

  static String name(int number) {
    return String.format(Locale.ROOT, "%s%06d", PREFIX, number);
  }

  private static int number(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString().substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
