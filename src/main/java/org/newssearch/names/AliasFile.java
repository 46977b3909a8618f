package org.newssearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's own name variants: UTF-8, one entity a line, {@code entity-id<TAB>spelling|spelling|…},
 * {@code #} starts a comment. An id the gazetteer has adds spellings to that entity; a new id makes a
 * new entity (of type person unless the gazetteer says otherwise).
 */
public final class AliasFile {

  static final String LINE_RULE = "entity-id<TAB>spelling|spelling|... (# starts a comment)";

  private AliasFile() {}

  /** The entities of the file at {@code path}, each with its spellings under the form {@code alias}. */
  public static List<Entity> read(Path path) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (CharacterCodingException e) {
      throw new NamesFileException(path.toString(), 1, "the file is not UTF-8", "a UTF-8 text file");
    }
    return parse(text, path.toString());
  }

  /** The entities of {@code text}, read as the file named {@code file}. */
  static List<Entity> parse(String text, String file) throws IOException {
    List<Entity> entities = new ArrayList<>();
    for (NamesLines.Line line : NamesLines.read(new BufferedReader(new StringReader(text)), file)) {
      if (line.fields().size() != 2) {
        throw line.error(line.fields().size() == 1 ? "no tab between the id and the spellings"
            : "more than one tab", LINE_RULE);
      }
      String id = line.id();
      List<String> spellings = line.spellings(line.fields().get(1));
      entities.add(new Entity(id, EntityType.PERSON, Map.of(SpellingForm.ALIAS.tag, spellings)));
    }
    return entities;
  }
}
