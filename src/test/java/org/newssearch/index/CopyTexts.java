package org.newssearch.index;

import java.util.Set;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/**
 * Texts for the copy tests, from {@code zh-cctv-xwlb} (2013-04-21 and 2013-04-23) and the OpenCC s2tw
 * twin of the second: two stories of one topic written from one template, and copies of one of them.
 */
public final class CopyTexts {

  /** The story (新闻联播, 2013-04-23): foreign leaders' condolences after the Lushan earthquake. */
  public static final String ORIGINAL = "央视网消息(新闻联播)：22日至23日，又有一些外国领导人分别致电、致函中国领导人，就四川芦山地震向中国政府和人民表示慰"
      + "问和支持。这些外国领导人是：柬埔寨国王西哈莫尼、阿富汗总统卡尔扎伊、缅甸总统吴登盛、哈萨克斯坦总统纳扎尔巴耶夫、立陶宛总"
      + "统格里包斯凯特、亚美尼亚总统萨尔基相、摩尔多瓦总统蒂莫夫蒂、土耳其总统居尔、阿曼苏丹卡布斯、阿尔及利亚总统布特弗利卡、埃"
      + "塞俄比亚总统吉尔马、塞舌尔总统米歇尔、玻利维亚总统莫拉莱斯。奥地利总统菲舍尔，柬埔寨首相洪森、塔吉克斯坦总理阿基洛夫、乌"
      + "克兰总理阿扎罗夫、格林纳达总理米切尔、比利时首相迪吕波，俄罗斯公正俄罗斯党主席、国家杜马副主席列维切、阿富汗议会长老院主"
      + "席穆斯林姆亚尔、吉尔吉斯斯坦议长热恩别科夫、孟加拉国民族主义党主席齐亚。";

  /** Its Traditional twin (OpenCC s2tw). */
  public static final String TRADITIONAL = "央視網消息(新聞聯播)：22日至23日，又有一些外國領導人分別致電、致函中國領導人，就四川蘆山地震向中國政府和人民表示慰"
      + "問和支持。這些外國領導人是：柬埔寨國王西哈莫尼、阿富汗總統卡爾扎伊、緬甸總統吳登盛、哈薩克斯坦總統納扎爾巴耶夫、立陶宛總"
      + "統格里包斯凱特、亞美尼亞總統薩爾基相、摩爾多瓦總統蒂莫夫蒂、土耳其總統居爾、阿曼蘇丹卡布斯、阿爾及利亞總統布特弗利卡、埃"
      + "塞俄比亞總統吉爾馬、塞舌爾總統米歇爾、玻利維亞總統莫拉萊斯。奧地利總統菲舍爾，柬埔寨首相洪森、塔吉克斯坦總理阿基洛夫、烏"
      + "克蘭總理阿扎羅夫、格林納達總理米切爾、比利時首相迪呂波，俄羅斯公正俄羅斯黨主席、國家杜馬副主席列維切、阿富汗議會長老院主"
      + "席穆斯林姆亞爾、吉爾吉斯斯坦議長熱恩別科夫、孟加拉國民族主義黨主席齊亞。";

  /** Another story of the same topic and template, two days earlier, with other leaders named. */
  public static final String SAME_TOPIC = "央视网消息(新闻联播)：本台消息，4月20日至21日，一些外国领导人分别致电、致函习近平主席、李克强总理，就四川芦山地震"
      + "向中国政府和人民表示慰问和支持。致电、致函的一些外国领导人有：越南共产党中央总书记阮富仲、国家主席张晋创、总理阮晋勇、国"
      + "会主席阮生雄。老挝国家主席朱马里、总理通邢。古巴国务委员会主席兼部长会议主席劳尔。韩国总统朴槿惠。巴基斯坦总统扎尔达里。"
      + "法国总统奥朗德。俄罗斯总理梅德韦杰夫。日本首相安倍晋三。泰国总理英拉。德国总理默克尔等31个国家和欧盟的领导人。";

  /** The original with its second sentence replaced and a sentence added. */
  public static final String EDITED = ORIGINAL.replace("这些外国领导人是：柬埔寨国王西哈莫尼、阿富汗总统卡尔扎伊、",
      "致电的领导人包括：柬埔寨国王、阿富汗总统、") + "外交部发言人对此表示感谢。";

  /** The original's first 60%. */
  public static final String TRUNCATED = ORIGINAL.substring(0, ORIGINAL.length() * 6 / 10);

  private CopyTexts() {}

  /** A Chinese article of source {@code source} published on {@code date} (yyyy-MM-dd). */
  public static Article article(String id, String title, String body, String source, String date) {
    return new Article(id, title, body, PublishedAt.parse(date + "T19:00:00+08:00"), source, null, null, null,
        "zh", "test", Set.of());
  }
}
