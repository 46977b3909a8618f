package org.newssearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article's paragraphs from what scrapers save around them: the lists of other
 * articles that follow it, repeated headline lines, editor lines; credit and byline lines become
 * metadata. Rules are generic (shapes of lines), never lists of one site's strings.
 */
final class Boilerplate {

  /** Short lines where the article ends and a list of other articles (or a topic link) begins. */
  private static final Pattern END_OF_ARTICLE = Pattern.compile(
      "排行榜|资讯推荐|^点击进入专题|^点击(查看|阅读)更多|^(相关|热门|推荐|延伸|精彩|更多|今日)(阅读|新闻|文章|推荐|报道|内容)"
          + "|^猜你喜欢|^(related (articles|stories|news)|read more|more from|recommended|trending)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A marker is a heading, not a sentence that happens to mention one of those words. */
  private static final int MAX_MARKER_LENGTH = 40;

  /** "title - 天天要闻", "title | Site", "title_Site": the headline repeated with the outlet's name. */
  private static final Pattern SIGNATURE_TAIL = Pattern.compile("^\\s*[-|_–—·]\\s*(\\S.{0,30})$");

  /** "来源:央视新闻客户端", "(来源：新华社)": the credited origin. */
  private static final Pattern CREDIT_LINE =
      Pattern.compile("^[(（]?\\s*(?:来源|稿源|消息来源|Source)\\s*[:：]\\s*([^()（）]{1,40}?)\\s*[)）]?$");

  /** "(本文依据了美联社、法新社、路透社的报道)": the wires the text credits. */
  private static final Pattern BASED_ON = Pattern.compile("^[(（]?本文(?:依据|根据|综合|参考)了?(.{1,60}?)的?报道[)）]?$");

  /** "(2025年5月17日,作者:彼得堡的肥天鹅)", "作者：张三". */
  private static final Pattern BYLINE =
      Pattern.compile("^[(（]?\\s*(?:[^()（）:：]{0,20}[,，]\\s*)?作者\\s*[:：]\\s*([^()（）,，]{1,30}?)\\s*[)）]?$");

  /** "(看中国记者王君综合报道)" at the start of the first paragraph: its author; the paragraph stays. */
  private static final Pattern REPORTER = Pattern.compile("^[(（][^()（）]{0,12}?记者\\s*([^()（）\\s]{2,4}?)\\s*(?:综合)?报道[)）]");

  /** "(责任编辑:时尚)", "编辑：李四". */
  private static final Pattern EDITOR_LINE =
      Pattern.compile("^[(（]?\\s*(?:责任编辑|编辑|责编|校对|审核|监制)\\s*[:：].{0,20}?[)）]?$");

  private Boilerplate() {}

  /**
   * Cleans the lines of an article.
   *
   * @param title the headline, to recognize repeated headline lines
   * @param lines the non-blank lines (paragraphs) after the header, stripped
   */
  static Cleaned clean(String title, List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    String source = null;
    String origin = null;
    String author = null;
    for (String raw : lines) {
      // No-break spaces pad many scraped paragraphs; they are whitespace to a reader.
      String line = raw.replace('\u00A0', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() <= MAX_MARKER_LENGTH && END_OF_ARTICLE.matcher(line.toLowerCase(Locale.ROOT)).find()) {
        break;
      }
      String signature = signature(line, title);
      if (signature != null) {
        source = source == null && !signature.isEmpty() ? signature : source;
        continue;
      }
      Matcher credit = CREDIT_LINE.matcher(line);
      Matcher basedOn = BASED_ON.matcher(line);
      Matcher byline = BYLINE.matcher(line);
      if (credit.matches() || basedOn.matches()) {
        origin = origin != null ? origin : credit.matches() ? credit.group(1).strip() : basedOn.group(1).strip();
      } else if (byline.matches()) {
        author = author != null ? author : byline.group(1).strip();
      } else if (!EDITOR_LINE.matcher(line).matches()) {
        Matcher reporter = REPORTER.matcher(line);
        if (author == null && paragraphs.size() < 3 && reporter.find()) {
          author = reporter.group(1);
        }
        paragraphs.add(line);
      }
    }
    return new Cleaned(paragraphs, source, origin, author);
  }

  /** The outlet a repeated-headline line names ("" when it is the bare title), or null for other lines. */
  private static String signature(String line, String title) {
    if (title == null || title.isBlank() || !line.startsWith(title)) {
      return null;
    }
    String tail = line.substring(title.length());
    if (tail.isBlank()) {
      return "";
    }
    Matcher m = SIGNATURE_TAIL.matcher(tail);
    return m.matches() ? m.group(1).strip() : null;
  }

  /**
   * What cleaning kept and found.
   *
   * @param paragraphs the article's own paragraphs, in order
   * @param source the outlet a repeated headline names, or null
   * @param origin the credited origin, or null
   * @param author the author a byline names, or null
   */
  record Cleaned(List<String> paragraphs, String source, String origin, String author) {}
}
