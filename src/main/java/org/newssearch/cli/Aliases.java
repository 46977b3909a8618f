package org.newssearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newssearch.names.AliasFile;
import org.newssearch.names.Entity;
import org.newssearch.names.Gazetteer;
import org.newssearch.names.NameVariants;
import org.newssearch.names.NamesFileException;

/** The {@code --aliases FILE} of {@code serve} and {@code search}: the shipped gazetteer with the user's names added. */
final class Aliases {

  private Aliases() {}

  /**
   * The name variants to search with: the shipped gazetteer, plus {@code file} when one is named. The
   * file is read and checked now; the variants are built when a first query needs them (a second's
   * work that a server does after it has started listening).
   *
   * @throws IOException when the file cannot be read, or (as {@link NamesFileException}) has a bad line
   */
  static Supplier<NameVariants> load(Path file) throws IOException {
    if (file == null) {
      return NameVariants::shipped;
    }
    List<Entity> aliases = read(file);
    return new Supplier<>() {
      private NameVariants built;

      @Override
      public synchronized NameVariants get() {
        if (built == null) {
          built = NameVariants.of(Gazetteer.shipped().with(aliases));
        }
        return built;
      }
    };
  }

  /** The shipped gazetteer with {@code file}'s names added ({@code index --aliases}: the entity facet). */
  static Gazetteer gazetteer(Path file) throws IOException {
    return Gazetteer.shipped().with(read(file));
  }

  private static List<Entity> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no alias file at " + file + ": name a UTF-8 file of lines entity-id<TAB>spelling|spelling");
    }
    return AliasFile.read(file);
  }
}
