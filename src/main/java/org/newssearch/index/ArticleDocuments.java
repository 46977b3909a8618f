package org.newssearch.index;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/** The one mapper between {@link Article} and the Lucene {@link Document}, both ways. */
public final class ArticleDocuments {

  /** The flag of an article that is a copy of an earlier one (its copy group is another's). */
  public static final String COPY_FLAG = "copy";

  private final FacetsConfig facets = Schema.facetsConfig();

  /** The document for an article that is its own copy group (facets built). */
  public Document toDocument(Article article) {
    return toDocument(article, article.id());
  }

  /** The document for an article of the copy group {@code copyGroup} (facets built). */
  public Document toDocument(Article article, String copyGroup) {
    if (!copyGroup.equals(article.id())) {
      article = article.withFlag(COPY_FLAG); // counted and filtered like the other flags (flag:copy)
    }
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
    doc.add(new StringField(Schema.COPY_GROUP, copyGroup, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.COPY_GROUP, new BytesRef(copyGroup)));
    doc.add(StoredText.field(Schema.TITLE, article.title()));
    doc.add(StoredText.field(Schema.BODY, article.body()));
    addAnalyzedText(doc, article);
    for (Facet facet : Facet.values()) {
      for (String value : facet.valuesOf(article)) {
        doc.add(new StringField(facet.field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(facet.field, value));
      }
    }
    if (article.published() != null) {
      long seconds = article.published().localEpochSecond();
      doc.add(new LongPoint(Schema.DATE, seconds));
      doc.add(new NumericDocValuesField(Schema.DATE, seconds));
      doc.add(new StoredField(Schema.DATE_ISO, article.published().iso()));
    }
    storeIfPresent(doc, Schema.URL, article.url());
    storeIfPresent(doc, Schema.ORIGIN, article.origin());
    storeIfPresent(doc, Schema.AUTHOR, article.author());
    storeIfPresent(doc, Schema.FILE, article.file());
    try {
      return facets.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The title and body under the analyzed fields of the article's language ({@code body.zh}, {@code body.cjk}, ...). */
  public static void addAnalyzedText(Document doc, Article article) {
    for (String suffix : LanguageAnalyzers.forLanguage(article.lang()).suffixes()) {
      doc.add(new Field(Schema.analyzed(Schema.TITLE, suffix), article.title(), Schema.ANALYZED_TEXT));
      doc.add(new Field(Schema.analyzed(Schema.BODY, suffix), article.body(), Schema.ANALYZED_TEXT));
    }
  }

  /** The article back from a document's stored fields. */
  public static Article toArticle(Document doc) {
    String iso = doc.get(Schema.DATE_ISO);
    Set<String> flags = new HashSet<>();
    for (IndexableField flag : doc.getFields(Facet.FLAG.field)) {
      flags.add(flag.stringValue());
    }
    return new Article(
        doc.get(Schema.ID), StoredText.read(doc, Schema.TITLE), StoredText.read(doc, Schema.BODY),
        iso == null ? null : PublishedAt.parse(iso),
        doc.get(Facet.SOURCE.field), doc.get(Schema.ORIGIN), doc.get(Schema.URL), doc.get(Schema.AUTHOR),
        doc.get(Facet.LANG.field), doc.get(Schema.FILE), flags);
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null && Facet.named(field).isEmpty()) { // a facet has stored its values above
      doc.add(new StoredField(field, value));
    }
  }
}
