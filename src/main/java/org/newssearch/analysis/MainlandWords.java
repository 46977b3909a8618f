package org.newssearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Asks smartcn's dictionary (mainland usage) whether a Simplified string is a common word of its own.
 *
 * <p>Used to keep regional vocabulary from rewriting mainland words: Taiwan's 裝置 means 设备 in
 * OpenCC's table, but 装置 is a common mainland word too, and a Simplified article that says 装置
 * must keep matching a Traditional one that says 裝置.
 */
final class MainlandWords {

  /** smartcn's frequency at and above which a dictionary word counts as common (软体 and 飞弹 are below). */
  private static final int COMMON = 10;
  /** process() brackets every sentence with a start and an end marker. */
  private static final int MARKERS = 2;

  private final HHMMSegmenter segmenter = new HHMMSegmenter();

  /** True when smartcn reads all of {@code simplified} as one word it has seen at least {@link #COMMON} times. */
  boolean isCommonWord(String simplified) {
    List<SegToken> tokens = segmenter.process(simplified);
    if (tokens.size() != 1 + MARKERS) {
      return false;
    }
    SegToken word = tokens.get(1);
    return new String(word.charArray).equals(simplified) && word.weight >= COMMON;
  }
}
