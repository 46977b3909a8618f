package org.newssearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity the product knows by name, with all its spellings: the countries and territories of
 * CLDR ({@link CountryNames}), then the shipped gazetteer file ({@code names/gazetteer.tsv}, see
 * docs/names.md), then a user's alias file ({@link AliasFile}); an id that comes again adds spellings.
 */
public final class Gazetteer {

  /** The shipped file, on the class path. */
  static final String RESOURCE = "/names/gazetteer.tsv";

  private static Gazetteer shipped;

  private final Map<String, Entity> byId;

  private Gazetteer(Map<String, Entity> byId) {
    this.byId = byId;
  }

  /** The shipped gazetteer (CLDR countries and the file), read once. */
  public static synchronized Gazetteer shipped() {
    if (shipped == null) {
      Map<String, Entity> byId = new LinkedHashMap<>();
      merge(byId, CountryNames.entities());
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the class path");
        }
        merge(byId, GazetteerFile.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = new Gazetteer(Collections.unmodifiableMap(byId));
    }
    return shipped;
  }

  /**
   * This gazetteer with the user's alias file added: an id it has gains the spellings, a new id is a new
   * entity.
   *
   * @throws NamesFileException naming the file's bad line
   */
  public Gazetteer withAliases(Path file) throws IOException {
    return with(AliasFile.read(file));
  }

  /** This gazetteer with these entities added (their spellings joining those of an entity with the same id). */
  public Gazetteer with(List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>(this.byId);
    merge(byId, entities);
    return new Gazetteer(Collections.unmodifiableMap(byId));
  }

  private static void merge(Map<String, Entity> byId, List<Entity> entities) {
    for (Entity entity : entities) {
      Entity known = byId.get(entity.id());
      byId.put(entity.id(), known == null ? entity : known.plus(entity));
    }
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Entity> entities() {
    return byId.values();
  }
}
