package org.newssearch.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Text the search layer has already escaped, with its {@code <mark>} around each match as the only
 * markup: snippets ({@code search/SnippetFormatter}) and the highlighted title and body of an article
 * ({@code search/ArticleHighlighter}, escaping with {@code search/Html}). A template writes it as it is;
 * nothing else in a page is written unescaped.
 */
public record MarkedHtml(String html) implements Content {

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
  }
}
