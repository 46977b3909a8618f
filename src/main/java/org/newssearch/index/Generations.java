package org.newssearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of an index directory: numbered generations ({@code gen-000001}, ...) built side by
 * side, and a {@code CURRENT} file naming the one that serves. Switching is one atomic rename of
 * {@code CURRENT}, so a reader sees the old generation or the new one, never a half-built one.
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
    Path dir = root.resolve(String.format(java.util.Locale.ROOT, "%s%06d", PREFIX, last + 1));
    Files.createDirectory(dir);
    return dir;
  }

  /** Makes {@code generation} the serving one in one atomic step. */
  public void switchTo(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Every generation directory but the serving one: old ones, and any a crashed build left behind. */
  public List<Path> stale() throws IOException {
    Optional<Path> current = current();
    return all().stream().filter(dir -> current.map(c -> !c.equals(dir)).orElse(true)).toList();
  }

  /** Deletes a generation directory and everything in it. */
  public static void delete(Path generation) throws IOException {
    try (Stream<Path> walk = Files.walk(generation)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private List<Path> all() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
    }
  }

  private static int number(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString().substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
