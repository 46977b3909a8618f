package org.newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The recipes of docs/architecture.md ("Changing it") name files that exist, and name them all. */
class ArchitectureRecipesTest {

  private static final Path DOC = Path.of("docs/architecture.md");

  @Test
  void everyFileARecipeNamesExists() throws IOException {
    List<String> named = namedFiles(recipes());
    assertThat(named).hasSizeGreaterThan(15);
    assertThat(named).allSatisfy(file -> assertThat(Path.of(file)).as(file).isRegularFile());
  }

  @Test
  void eachRecipeNamesItsTest() throws IOException {
    for (String recipe : recipes().split("\n### ")) {
      if (recipe.startsWith("Add ")) {
        assertThat(namedFiles(recipe)).as(recipe.lines().findFirst().orElse(""))
            .anySatisfy(file -> assertThat(file).startsWith("src/test/").endsWith("Test.java"));
      }
    }
  }

  private static String recipes() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("## Changing it");
    assertThat(start).as("docs/architecture.md has its recipes").isNotNegative();
    return doc.substring(start);
  }

  private static List<String> namedFiles(String text) {
    Matcher m = Pattern.compile("`(src/[^`\\s]+\\.java)`").matcher(text);
    List<String> files = new ArrayList<>();
    while (m.find()) {
      files.add(m.group(1));
    }
    return files;
  }
}
