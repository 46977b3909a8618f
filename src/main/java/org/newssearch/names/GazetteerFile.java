package org.newssearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped gazetteer's format (docs/names.md): UTF-8, one entity a line,
 * {@code id<TAB>type<TAB>form:spelling|spelling<TAB>form:spelling…}, {@code #} starts a comment; the
 * forms are {@link SpellingForm}'s tags ({@code zh-CN}, {@code zh-TW}, {@code en}, {@code hist}, …).
 */
final class GazetteerFile {

  static final String LINE_RULE = "id<TAB>type<TAB>form:spelling|spelling<TAB>... (# starts a comment)";

  private GazetteerFile() {}

  static List<Entity> read(BufferedReader in, String file) throws IOException {
    List<Entity> entities = new ArrayList<>();
    for (NamesLines.Line line : NamesLines.read(in, file)) {
      if (line.fields().size() < 3) {
        throw line.error("an entity needs an id, a type and at least one form of spellings", LINE_RULE);
      }
      String id = line.id();
      String typeLabel = line.fields().get(1).strip();
      EntityType type = EntityType.parse(typeLabel)
          .orElseThrow(() -> line.error("unknown type '" + typeLabel + "'", EntityType.accepted()));
      Map<String, List<String>> spellings = new LinkedHashMap<>();
      for (String field : line.fields().subList(2, line.fields().size())) {
        int colon = field.indexOf(':');
        String tag = colon < 0 ? "" : field.substring(0, colon).strip();
        SpellingForm form = SpellingForm.parse(tag).filter(f -> f != SpellingForm.ALIAS).orElseThrow(() -> line.error(
            "unknown form '" + tag + "' (a field is form:spelling|spelling)", SpellingForm.accepted().replace(", alias", "")));
        spellings.put(form.tag, line.spellings(field.substring(colon + 1)));
      }
      entities.add(new Entity(id, type, spellings));
    }
    return entities;
  }
}
