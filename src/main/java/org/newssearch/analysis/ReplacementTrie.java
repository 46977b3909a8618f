package org.newssearch.analysis;

import java.util.Arrays;
import java.util.Map;

/**
 * A trie of string replacements over UTF-16 code units, for greedy longest-match rewriting.
 *
 * <p>The first code unit indexes a flat array (most characters have no entry at all, so the common
 * case is one array load); deeper levels are small sorted arrays searched by bisection.
 */
final class ReplacementTrie {

  /** One trie node: the replacement when a key ends here, and the children by next code unit. */
  static final class Node {
    final int depth;
    char[] replacement;
    private char[] labels = new char[0];
    private Node[] children = new Node[0];

    private Node(int depth) {
      this.depth = depth;
    }

    Node child(char c) {
      int i = Arrays.binarySearch(labels, c);
      return i < 0 ? null : children[i];
    }

    private Node addChild(char c) {
      int i = Arrays.binarySearch(labels, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      Node child = new Node(depth + 1);
      labels = insert(labels, at, c);
      Node[] grown = new Node[children.length + 1];
      System.arraycopy(children, 0, grown, 0, at);
      grown[at] = child;
      System.arraycopy(children, at, grown, at + 1, children.length - at);
      children = grown;
      return child;
    }

    private static char[] insert(char[] array, int at, char c) {
      char[] grown = new char[array.length + 1];
      System.arraycopy(array, 0, grown, 0, at);
      grown[at] = c;
      System.arraycopy(array, at, grown, at + 1, array.length - at);
      return grown;
    }
  }

  private final Node[] roots = new Node[Character.MAX_VALUE + 1];

  ReplacementTrie(Map<String, String> replacements) {
    replacements.forEach((key, value) -> {
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty key in a replacement table (replacement '" + value + "')");
      }
      Node node = roots[key.charAt(0)];
      if (node == null) {
        node = roots[key.charAt(0)] = new Node(1);
      }
      for (int i = 1; i < key.length(); i++) {
        node = node.addChild(key.charAt(i));
      }
      node.replacement = value.toCharArray();
    });
  }

  /** The longest key starting at {@code text[start]} (and ending before {@code end}), or null. */
  Node longestMatch(char[] text, int start, int end) {
    Node node = roots[text[start]];
    Node best = null;
    int i = start + 1;
    while (node != null) {
      if (node.replacement != null) {
        best = node;
      }
      if (i >= end) {
        break;
      }
      node = node.child(text[i++]);
    }
    return best;
  }

  /** True when some key starts with {@code c} (a cheap pre-check for the common no-match case). */
  boolean startsKey(char c) {
    return roots[c] != null;
  }
}
