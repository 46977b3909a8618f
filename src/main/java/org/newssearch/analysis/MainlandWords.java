package org.newssearch.analysis;

import org.newssearch.analysis.smartcn.HhmmSegmenter;

/**
 * Asks smartcn's dictionary (mainland usage) whether a Simplified string is a common word of its own.
 *
 * <p>Used to keep regional vocabulary from rewriting mainland words: Taiwan's 裝置 means 设备 in
 * OpenCC's table, but 装置 is a common mainland word too, and a Simplified article that says 装置
 * must keep matching a Traditional one that says 裝置.
 *
 * <p>Not thread-safe (its segmenter is not): one instance per thread.
 */
final class MainlandWords {

  /** smartcn's frequency at and above which a dictionary word counts as common (软体 and 飞弹 are below). */
  private static final int COMMON = 10;

  private final HhmmSegmenter segmenter = new HhmmSegmenter();

  /** True when smartcn reads all of {@code simplified} as one word it has seen at least {@link #COMMON} times. */
  boolean isCommonWord(String simplified) {
    char[] text = simplified.toCharArray();
    // smartcn's word as its segmenter returns it (a class word such as 未##串 for letters).
    return segmenter.segment(text, 0, text.length) == 1 && segmenter.word(0).equals(simplified)
        && segmenter.weight(0) >= COMMON;
  }
}
