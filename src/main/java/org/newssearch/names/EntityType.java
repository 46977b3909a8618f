package org.newssearch.names;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of thing an entity of the gazetteer is. */
public enum EntityType {
  PERSON, PLACE, ORGANISATION;

  /** The name the gazetteer file writes ({@code person}, {@code place}, {@code organisation}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a gazetteer file names, if it is one. */
  static Optional<EntityType> parse(String label) {
    return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
  }

  /** The labels a file may use, for error messages. */
  static String accepted() {
    return Arrays.stream(values()).map(EntityType::label).collect(Collectors.joining(", "));
  }
}
