package org.newssearch.web;

import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * Where the page templates write. jte hands every {@code ${...}} value to {@link #writeUserContent(String)},
 * which escapes it; the templates' own markup passes through {@link #writeContent(String)}.
 *
 * <p>Text and quoted attribute values are escaped alike, {@code < > & " '} as {@code &lt; &gt; &amp; &quot;
 * &#39;}: the entities these pages have always written, and the ones the search layer's snippets use (jte's
 * default output writes {@code "} as {@code &#34;} in attributes and leaves quotes alone in text). A
 * {@link Content} is written as it is: a template's content block (already escaped by the template that
 * made it) or {@link MarkedHtml}. Addresses from the open web become links only when
 * {@link Layout#isWebUrl} says they are http(s), so no {@code javascript:} link is written.
 */
final class HtmlOutput implements HtmlTemplateOutput {

  private final StringOutput out = new StringOutput(32_768);

  @Override
  public void setContext(String tagName, String attributeName) {
    // Text and attribute values are escaped the same way, so the context changes nothing.
  }

  @Override
  public void writeContent(String value) {
    out.writeContent(value);
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    out.writeContent(value, beginIndex, endIndex);
  }

  @Override
  public void writeUserContent(String value) {
    if (value == null) {
      return; // jte writes nothing for null, and leaves out an attribute whose whole value is null
    }
    int written = 0;
    for (int i = 0; i < value.length(); i++) {
      String entity = switch (value.charAt(i)) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        out.writeContent(value, written, i);
        out.writeContent(entity);
        written = i + 1;
      }
    }
    out.writeContent(value, written, value.length());
  }

  @Override
  public void writeUserContent(Content content) {
    if (content != null) {
      content.writeTo(this);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
