package org.newssearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gold word segmentations: SIGHAN 2005 files (one sentence a line, words separated by spaces or
 * U+3000) and Universal Dependencies CoNLL-U files (the FORM column of each sentence).
 */
public final class SegmentationGold {

  private SegmentationGold() {}

  /** Sentences of a SIGHAN gold file, each a list of its words. */
  public static List<List<String>> readSighan(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> words = sighanWords(line);
      if (!words.isEmpty()) {
        sentences.add(words);
      }
    }
    return sentences;
  }

  /** The words of one SIGHAN line: split on ASCII whitespace and the ideographic space U+3000. */
  static List<String> sighanWords(String line) {
    List<String> words = new ArrayList<>();
    for (String word : line.replace('\u3000', ' ').strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word.replace("\uFEFF", ""));
      }
    }
    words.removeIf(String::isEmpty);
    return words;
  }

  /** Sentences of a CoNLL-U file, each the FORM column of its word lines (no ranges, no empty nodes). */
  public static List<List<String>> readConllu(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(words);
          words = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      // "3-4" is a multiword range and "5.1" an empty node: neither is a word of the text.
      if (columns.length >= 2 && columns[0].chars().allMatch(Character::isDigit)) {
        words.add(columns[1]);
      }
    }
    if (!words.isEmpty()) {
      sentences.add(words);
    }
    return sentences;
  }
}
