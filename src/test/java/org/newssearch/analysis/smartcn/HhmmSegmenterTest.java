package org.newssearch.analysis.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HhmmSegmenter against smartcn's HHMMSegmenter + SegTokenFilter: "term start end wordType weight". */
class HhmmSegmenterTest {

  private final HhmmSegmenter segmenter = new HhmmSegmenter();

  static Stream<Arguments> table() {
    return Stream.of(
        // smartcn has 中国人民银行 (frequency 0), but the three words weigh less on the path.
        Arguments.of("中国人民银行", List.of("中国 0 2 2 23375", "人民 2 4 2 10590", "银行 4 6 2 4533")),
        // A word spans spaces (ASCII, ideographic, tab); its term leaves them out.
        Arguments.of("中 国　人民\t银行", List.of("中国 0 3 2 23375", "人民 4 6 2 10590", "银行 7 9 2 4533")),
        // Letter and digit runs, full width too: one token each, the text lower-cased and half width.
        Arguments.of("北约NATO峰会２０２５年在Ｂｒｕｓｓｅｌｓ召开", List.of("北约 0 2 2 450", "nato 2 6 3 2963",
            "峰会 6 8 2 7", "2025 8 12 7 113238", "年 12 13 2 15530", "在 13 14 2 78484",
            "brussels 14 22 6 2963", "召开 22 24 2 1749")),
        Arguments.of("iPhone15Pro发布Ａ4纸", List.of("iphone 0 6 3 2963", "15 6 8 4 113238", "pro 8 11 3 2963",
            "发布 11 13 2 412", "a 13 14 6 2963", "4 14 15 4 113238", "纸 15 16 2 145")),
        // Punctuation: each its own "," of the top frequency; the decimal point splits 5.2.
        Arguments.of("“新闻联播”：GDP增长5.2%！", List.of(", 0 1 5 2159997", "新闻 1 3 2 2203", "联播 3 5 2 11",
            ", 5 6 5 2159997", ", 6 7 5 2159997", "gdp 7 10 3 2963", "增长 10 12 2 4074", "5 12 13 4 113238",
            ", 13 14 5 2159997", "2 14 15 4 113238", ", 15 16 5 2159997", ", 16 17 5 2159997")),
        Arguments.of("", List.of()),
        Arguments.of("的", List.of("的 0 1 2 358156")),
        Arguments.of("，", List.of(", 0 1 5 2159997")),
        Arguments.of("a", List.of("a 0 1 3 2963")),
        // A surrogate pair (U+20000) is one word; lone surrogates are words of their own.
        Arguments.of("\uD840\uDC00中国\uD800文\uDC00", List.of("\uD840\uDC00 0 2 2 0", "中国 2 4 2 23375",
            "\uD800 4 5 2 0", "文 5 6 2 252", "\uDC00 6 7 2 0")),
        // Han characters outside GB2312 have no row (frequency 0); 㐀 (Extension A) is an unknown string.
        Arguments.of("龘靐齉㐀和龘", List.of("龘 0 1 2 0", "靐 1 2 2 0", "齉 2 3 2 0", "㐀 3 4 3 2963",
            "和 4 5 2 72562", "龘 5 6 2 0")),
        Arguments.of("習近平會見台灣記者", List.of("習 0 1 2 0", "近 1 2 2 3517", "平 2 3 2 271", "會 3 4 2 0",
            "見 4 5 2 0", "台 5 6 2 1276", "灣 6 7 2 0", "記 7 8 2 0", "者 8 9 2 348")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void wordsAreSmartcnsAsTabled(String text, List<String> expected) {
    assertThat(SmartcnReference.smartcn(text)).containsExactlyElementsOf(expected);
    assertThat(SmartcnReference.ours(segmenter, text)).containsExactlyElementsOf(expected);
  }

  @Test
  void aVeryLongClauseIsSegmentedAsSmartcnDoes() {
    String text = "国务院总理李强主持召开国务院常务会议听取关于推动经济持续回升向好的汇报部署进一步做好稳就业工作"
        .repeat(20) + "ABC１２３ｘｙｚ";
    List<String> words = SmartcnReference.ours(segmenter, text);
    assertThat(words).containsExactlyElementsOf(SmartcnReference.smartcn(text));
    assertThat(words.subList(0, 3)).containsExactly("国务院 0 3 2 3202", "总理 3 5 2 4545", "李 5 6 2 209");
    assertThat(words.subList(words.size() - 3, words.size()))
        .containsExactly("abc 940 943 3 2963", "123 943 946 7 113238", "xyz 946 949 6 2963");
  }

  @Test
  void theSegmenterIsReusableAcrossSentencesOfAnyLength() {
    for (String text : List.of("很长的句子".repeat(300), "短", "", "GDP增长5.2%", "中国人民银行")) {
      assertThat(SmartcnReference.ours(segmenter, text)).containsExactlyElementsOf(SmartcnReference.smartcn(text));
    }
  }

  @Test
  void characterClassesAreSmartcns() {
    List<Integer> different = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (SmartcnCharTypes.of((char) c) != Utility.getCharType((char) c)
          || SmartcnCharTypes.asSmartcn((char) c) != Utility.getCharType((char) c)) {
        different.add(c);
      }
    }
    assertThat(different).isEmpty();
  }

  @Test
  void theWordAndWeightAreWhatHhmmSegmenterReturns() {
    // MainlandWords reads them: the raw word (a class word for letters and digits) and its frequency.
    HHMMSegmenter smartcn = new HHMMSegmenter();
    for (String text : List.of("装置", "软体", "GDP", "２０２５", "，", "中国人民银行", "\uD840\uDC00")) {
      List<SegToken> path = smartcn.process(text);
      char[] chars = text.toCharArray();
      int n = segmenter.segment(chars, 0, chars.length);
      assertThat(n).isEqualTo(path.size() - 2);
      for (int k = 0; k < n; k++) {
        assertThat(segmenter.word(k)).isEqualTo(new String(path.get(k + 1).charArray));
        assertThat(segmenter.weight(k)).isEqualTo(path.get(k + 1).weight);
      }
    }
  }

  @Test
  void theBuiltDictionaryIsTheOneConvertedFromSmartcn() throws IOException {
    ByteArrayOutputStream built = new ByteArrayOutputStream();
    HhmmDictionary.get().write(built);
    ByteArrayOutputStream converted = new ByteArrayOutputStream();
    SmartcnDictionaries.load().write(converted);
    assertThat(built.toByteArray()).isEqualTo(converted.toByteArray());
  }
}
