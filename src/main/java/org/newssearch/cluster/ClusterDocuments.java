package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/**
 * The one mapper between an article of the embedded index and its OpenSearch document, both ways.
 * The document has the embedded fields by the same names: the text under {@code title.<suffix>} and
 * {@code body.<suffix>} for its language family's suffixes only (as {@link ArticleDocuments} fills
 * them), every facet's values, {@code date} in local epoch seconds and {@code date_iso} as printed.
 */
final class ClusterDocuments {

  private ClusterDocuments() {}

  /** The OpenSearch document of one document of a built generation (its stored fields). */
  static ObjectNode toJson(Document doc) {
    Article article = ArticleDocuments.toArticle(doc);
    ObjectNode json = ClusterRequests.NODES.objectNode();
    json.put(Schema.ID, article.id());
    ObjectNode title = json.putObject(Schema.TITLE);
    ObjectNode body = json.putObject(Schema.BODY);
    for (String suffix : LanguageAnalyzers.forLanguage(article.lang()).suffixes()) {
      title.put(suffix, article.title());
      body.put(suffix, article.body());
    }
    for (Facet facet : Facet.values()) {
      String[] values = doc.getValues(facet.field);
      if (values.length > 0) {
        ArrayNode array = json.putArray(facet.field);
        for (String value : values) {
          array.add(value);
        }
      }
    }
    if (article.published() != null) {
      json.put(Schema.DATE, article.published().localEpochSecond());
      json.put(Schema.DATE_ISO, article.published().iso());
    }
    putIfPresent(json, Schema.URL, article.url());
    putIfPresent(json, Schema.ORIGIN, article.origin());
    putIfPresent(json, Schema.AUTHOR, article.author());
    putIfPresent(json, Schema.FILE, article.file());
    putIfPresent(json, Schema.COPY_GROUP, doc.get(Schema.COPY_GROUP));
    return json;
  }

  /** The article back from a document's {@code _source}. */
  static Article toArticle(JsonNode source) {
    Set<String> flags = new HashSet<>();
    source.path(Facet.FLAG.field).forEach(flag -> flags.add(flag.asText()));
    String iso = text(source, Schema.DATE_ISO);
    return new Article(text(source, Schema.ID), original(source, Schema.TITLE), original(source, Schema.BODY),
        iso == null ? null : PublishedAt.parse(iso), first(source, Facet.SOURCE.field), text(source, Schema.ORIGIN),
        text(source, Schema.URL), text(source, Schema.AUTHOR), first(source, Facet.LANG.field), text(source, Schema.FILE),
        flags);
  }

  /** The original text of {@code title} or {@code body}: each of its suffixes holds it whole. */
  static String original(JsonNode source, String base) {
    Iterator<JsonNode> texts = source.path(base).elements();
    return texts.hasNext() ? texts.next().asText() : "";
  }

  /** A facet's first value (source and lang have one), or a plain field's value. */
  static String first(JsonNode source, String field) {
    JsonNode value = source.path(field);
    return value.isArray() ? (value.isEmpty() ? null : value.get(0).asText()) : text(source, field);
  }

  private static String text(JsonNode source, String field) {
    JsonNode value = source.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static void putIfPresent(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
