package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssearch.ingest.Article;

/**
 * Copy groups of a build, before any index: stories written from one template are told apart by
 * what they say beyond it, copies are not, and a story told again weeks later is a story of its own.
 */
class CopyGroupsTest {

  private static final String[][] VISITS = {
      {"法国", "马克龙"}, {"巴西", "卢拉"}, {"南非", "拉马福萨"}, {"埃及", "塞西"}, {"印尼", "佐科"}, {"智利", "博里奇"},
      {"秘鲁", "博鲁阿尔特"}, {"越南", "武文赏"}, {"老挝", "通伦"}, {"蒙古", "呼日勒苏赫"}, {"塞尔维亚", "武契奇"},
      {"匈牙利", "诺瓦克"}, {"阿根廷", "米莱"}, {"肯尼亚", "鲁托"}, {"安哥拉", "洛伦索"}, {"哈萨克斯坦", "托卡耶夫"},
      {"乌兹别克斯坦", "米尔济约耶夫"}, {"土库曼斯坦", "别尔德穆哈梅多夫"}};

  private final MinHashCopyDetector detector = new MinHashCopyDetector();

  /**
   * A state visit announced in the bulletin's formula, one every five days: each copies the one
   * before on its whole signature, so that before its template is known they fall in nine groups.
   */
  private static Article visit(int k) {
    String country = VISITS[k][0];
    String body = "央视网消息（新闻联播）：外交部发言人今天宣布：应国家主席习近平邀请，" + country + "总统" + VISITS[k][1] + "将于"
        + (k % 9 + 3) + "月" + (k + 10) + "日至" + (k + 13) + "日对中国进行国事访问。外交部发言人在例行记者会上表示，中方高度重视"
        + country + "总统此访，期待通过此访推动中" + country.substring(0, 1) + "关系和各领域合作取得新进展。";
    return CopyTexts.article("visit-" + k, country + "总统将访华", body, "cctv.com",
        LocalDate.of(2024, 1, 1).plusDays(5L * k).toString());
  }

  @Test
  void storiesOfOneTemplateAreEachTheirOwnThoughTheirWholeSignaturesWouldGroupThem() throws IOException {
    List<Article> visits = new ArrayList<>();
    for (int k = 0; k < VISITS.length; k++) {
      visits.add(visit(k));
    }
    assertThat(CopyGroups.of(visits, detector)).isEmpty();
    // Two announcements five days apart: on all their values they would be copies.
    CopySignature a = detector.signature(visits.get(0));
    CopySignature b = detector.signature(visits.get(1));
    assertThat(detector.copies(a, b)).as("similarity %s", a.similarity(b)).isTrue();
  }

  @Test
  void copiesOfATemplatedStoryStillGroupAndAStoryRepeatedByManyOutletsKeepsItsShingles() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int k = 0; k < VISITS.length; k++) {
      articles.add(visit(k));
    }
    Article france = visit(0);
    Map<String, String> expected = new HashMap<>();
    for (int outlet = 0; outlet < 12; outlet++) { // the next day: more outlets than MAX_STORIES
      articles.add(CopyTexts.article("france-" + outlet, "马克龙将访华", france.body(), "outlet" + outlet, "2024-01-02"));
      expected.put("france-" + outlet, "visit-0");
    }
    articles.add(CopyTexts.article("edited", "外国领导人慰问", CopyTexts.EDITED, "b.example", "2013-04-24"));
    articles.add(CopyTexts.article("original", "芦山地震", CopyTexts.ORIGINAL, "cctv.com", "2013-04-23"));
    expected.put("edited", "original");
    assertThat(CopyGroups.of(articles, detector)).isEqualTo(expected);
  }

  @Test
  void aStoryToldAgainMoreThanAWeekAfterItsFirstArticleIsAStoryOfItsOwn() throws IOException {
    List<Article> articles = List.of(
        CopyTexts.article("original", "芦山地震", CopyTexts.ORIGINAL, "cctv.com", "2013-04-23"),
        CopyTexts.article("week", "芦山地震", CopyTexts.ORIGINAL, "a.example", "2013-04-30"),
        CopyTexts.article("month", "芦山地震", CopyTexts.ORIGINAL, "b.example", "2013-05-23"));
    assertThat(CopyGroups.of(articles, detector)).isEqualTo(Map.of("week", "original"));
  }
}
