package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles, each from a different scraper, pinned field by field. */
class SeedGoldenTest {

  private static Ingested run;

  @BeforeAll
  static void ingestSeeds() {
    run = Ingested.of(Ingested.seeds());
  }

  @Test
  void allFiveSeedsBecomeArticlesAndNoneIsRejected() {
    assertThat(run.articles).hasSize(5);
    assertThat(run.rejects).isEmpty();
    assertThat(run.duplicates).isEmpty();
  }

  @Test
  void seed000TakesDateSourceAndOriginFromItsHeaderLine() throws IOException {
    Article a = run.byFilePrefix("000_");
    assertThat(a.title()).isEqualTo("美俄会谈达成4共识 俄方3件事不让");
    assertThat(a.published().iso()).isEqualTo("2025-02-18T17:30:06");
    assertThat(a.source()).isEqualTo("chineseheadlinenews.com");
    assertThat(a.origin()).isEqualTo("看中国");
    assertThat(a.author()).isEqualTo("王君");
    assertThat(a.lang()).isEqualTo("zh-Hans");
    assertThat(a.flags()).isEmpty();
    assertThat(first(a)).startsWith("(由左至右)2025年2月18日,美国中东特使史蒂夫·维特科夫")
        .endsWith("初步尝试结束乌克兰战争进行会谈。(图片来源:I EVELYN HOCKSTEIN/POOL/AFP via Getty Images)");
    assertThat(last(a)).isEqualTo("培斯科夫称,有关乌克兰加入欧洲联盟一事,其属于任何国家的主权权利。但在安全议题与军事联盟上,那就全然不同,我们对此有不同的作为。");
    assertThat(a.body()).contains("克宫:如果有必要普京愿意与泽伦斯基谈判");
    assertNoTrailingListIn(a, "24小时新闻排行榜");
    assertThat(a.body()).doesNotContain("张又侠");
  }

  @Test
  void seed001DropsRepeatedHeadlinesAndTakesTheOutletFromThem() throws IOException {
    Article a = run.byFilePrefix("001_");
    assertThat(a.title()).isEqualTo("俄乌到底谈不谈?48小时内见分晓");
    assertThat(a.published().iso()).isEqualTo("2025-03-24T11:04:12+08:00");
    assertThat(a.source()).isEqualTo("天天要闻");
    assertThat(a.origin()).isEqualTo("央视新闻客户端");
    assertThat(first(a)).startsWith("当地时间3月23日,美国与乌克兰代表团在沙特首都利雅得举行了会谈。");
    assertThat(last(a)).isEqualTo("但据俄新社23日获悉,乌克兰总统办公室副主任帕利扎称,乌方代表团不会在利雅得与俄方代表团会面。");
    assertThat(a.body()).doesNotContain("天天要闻", "来源:", "美乌矿产协议签了吗?\n俄乌到底");
    assertThat(a.body()).contains("美乌矿产协议签了吗?", "乌称不会与俄代表会面");
    assertNoTrailingListIn(a, "国际分类资讯推荐");
  }

  @Test
  void seed002KeepsItsInArticleListAndMovesTheBylineToAuthor() throws IOException {
    Article a = run.byFilePrefix("002_");
    assertThat(a.title()).isEqualTo("美俄罕见互动!伊斯坦布尔谈判后,俄外长直言感谢美国施压乌克兰");
    assertThat(a.published().iso()).isEqualTo("2025-05-17T23:20:15+08:00");
    assertThat(a.source()).isEqualTo("天天要闻");
    assertThat(a.origin()).isNull();
    assertThat(a.author()).isEqualTo("彼得堡的肥天鹅");
    assertThat(first(a)).isEqualTo("当地时间5月17日,俄罗斯外交部消息称,俄罗斯外交部长谢尔盖・拉夫罗夫与美国国务卿马尔科・鲁比奥今天通了电话,对话由美方发起。");
    assertThat(last(a)).isEqualTo("英国《每日电讯报》:谈判中的\"房间里的大象\"是特朗普的态度。该报称:\"欧洲领袖们正竭力让外界相信特朗普站在他们这边\"。");
    assertThat(a.body()).contains("- 中立化,乌克兰境内没有外国军队", "- 相互放弃对冲突期间造成的损害的赔偿要求");
    assertThat(a.body()).doesNotContain(" - 天天要闻", "作者:");
    assertNoTrailingListIn(a, "国际分类资讯推荐");
  }

  @Test
  void seed003IsAFeedItemWithUrlAnRfc1123DateAndCreditedWires() {
    Article a = run.byFilePrefix("003_");
    assertThat(a.title()).isEqualTo("美俄会谈在即 美国务院：真正的和谈在乌克兰参与下才会进行");
    assertThat(a.published().iso()).isEqualTo("2025-02-18T07:27:23+00:00");
    assertThat(a.source()).isEqualTo("voachinese.com");
    assertThat(a.origin()).isEqualTo("美联社、法新社、路透社");
    assertThat(a.url()).isEqualTo(
        "https://www.voachinese.com/a/us-official-actual-peace-talks-only-possible-with-ukraine-s-involvement-20250218/7978772.html");
    assertThat(first(a)).isEqualTo("美国国务卿马尔科·卢比奥在利雅得会晤沙特王储穆罕默德·本·萨勒曼。(2025年2月17日)");
    assertThat(last(a)).isEqualTo("泽连斯基也确认，特朗普的乌俄问题特使基思·凯洛格(Keith Kellogg)将于星期四(2月20日)抵达基辅，展开“有关安全保障的广泛对话”。");
    assertThat(a.body()).contains("北约：已准备好加大对安全保障的投资").doesNotContain("<", "\u00A0\n");
    assertThat(a.body().lines()).noneMatch(String::isBlank);
  }

  @Test
  void seed004IsUndatedAndLosesItsInjectedSpamButKeepsItsRealText() throws IOException {
    Article a = run.byFilePrefix("004_");
    assertThat(a.title()).isEqualTo("美与俄乌分头谈“和平计划” 却缺席北约外长会");
    assertThat(a.published()).isNull();
    assertThat(a.source()).isEqualTo("unknown");
    assertThat(a.origin()).isNull();
    assertThat(a.flags()).containsExactly("spam-removed");
    assertThat(first(a)).isEqualTo("近期,美国为推进其所谓解决俄乌冲突的美俄“和平计划”,分别与乌克兰和俄罗斯进行了会谈。");
    assertThat(last(a)).isEqualTo("作为乌克兰顿巴斯防御体系支柱之一,该城市承担乌军东线后勤枢纽功能。有军事专家分析称,尽管红军城作为军事补给中心对乌克兰的重要性已经消退,但乌军失守这里可能会为俄军在该地区进一步推进打开门户。");
    assertThat(a.body().lines()).contains(
        "3日,俄总统助理乌沙科夫与俄总统新闻秘书佩斯科夫分别披露了一部分俄美会谈的内容。乌方也公布消息称,收到了再次赴美磋商“和平计划”的邀请。",
        "在2日美代表团访俄并同俄方进行有关“和平计划”的会谈后,俄总统助理乌沙科夫与俄总统新闻秘书佩斯科夫于3日多次就这次会谈进行了说明,并通报了部分会谈内容。",
        "综合当前俄方公布的内容,本次俄美会谈的要点包括:",
        "谈“和平计划” 美与俄谈完再邀乌赴美",
        "北约外长开会聊俄乌 美国务卿罕见缺席",
        "俄称控制红军城 乌方否认");
    assertThat(a.body()).doesNotContain("湛江", "乌分", "头谈", "却缺", "席北收到", "席北并通报", "约外邀请", "内容。约外");
    // the real uses of the headline's words stay
    assertThat(a.body()).contains("“28点和平计划”", "缺席北约外长会的行为", "俄乌冲突", "俄罗斯无意与欧洲开战");
    // 15 in the raw body, of which 3 were injected
    assertThat(count(a.body(), "和平计划")).isEqualTo(12);
    assertNoTrailingListIn(a, "点击进入专题");
  }

  @Test
  void reIndexingTheSameFilesGivesTheSameIds() {
    assertThat(Ingested.of(Ingested.seeds()).articles).extracting(Article::id)
        .containsExactlyElementsOf(run.articles.stream().map(Article::id).toList());
  }

  @Test
  void theSameTextFromTwoFilesIsIndexedOnceAndReportedAsADuplicate() {
    Ingested twice = Ingested.of(Ingested.seeds().resolve("001_60920aa6a8be9024.txt"), Ingested.seeds());
    assertThat(twice.articles).hasSize(5);
    assertThat(twice.duplicates).extracting(Article::file).containsExactly("001_60920aa6a8be9024.txt");
  }

  /** Every line of the seed from its list header on is absent from the body. */
  private static void assertNoTrailingListIn(Article a, String header) throws IOException {
    List<String> lines = Files.readAllLines(Ingested.seeds().resolve(a.file()), StandardCharsets.UTF_8);
    int from = 0;
    while (!lines.get(from).contains(header)) {
      from++;
    }
    for (String line : lines.subList(from, lines.size())) {
      String item = line.replaceFirst("^\\s*(\\d+\\.|-)\\s*", "").strip();
      if (item.length() >= 4) {
        assertThat(a.body()).as(a.file()).doesNotContain(item);
      }
    }
  }

  private static String first(Article a) {
    return a.body().lines().findFirst().orElseThrow();
  }

  private static String last(Article a) {
    List<String> lines = a.body().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return n;
  }
}
