package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.analysis.LanguageAnalyzers;
import org.newssearch.analysis.NeutralAnalyzer;

/**
 * The index schema, defined once and shared by the index builder and the searcher: field names,
 * their analyzers and the facet configuration.
 *
 * <p>{@code title} and {@code body} hold the original text (stored, shown and highlighted);
 * {@code title.cjk}, {@code body.cjk}, {@code body.en}, ... hold its analyzed forms, one per analysis
 * of the article's language family ({@link LanguageAnalyzers}); the keyword fields that are counted
 * and filtered are the {@link Facet}s. To add a stored field: name it here and fill it in
 * {@link ArticleDocuments}; to add a facet, see {@link Facet}; to add a language, see
 * {@link LanguageAnalyzers}.
 */
public final class Schema {

  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** Local publication time in seconds (see {@code PublishedAt.localEpochSecond}): point + doc values. */
  public static final String DATE = "date";
  /** The publication time as the outlet printed it, ISO-8601, stored. */
  public static final String DATE_ISO = "date_iso";
  public static final String URL = "url";
  public static final String ORIGIN = "origin";
  public static final String AUTHOR = "author";
  public static final String FILE = "file";
  /**
   * The article's copy group ({@link CopyDetector}): the id of the first article of the story it was
   * syndicated from, its own id when none came before. Keyword (stored, indexed) and sorted doc
   * values, so that a search can collapse on it and the article view can list the group.
   */
  public static final String COPY_GROUP = "copy_group";

  /** The base text fields that are analyzed once per analysis suffix. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, BODY);

  /** Every analysis suffix, in the order queries search them. */
  public static final List<String> SUFFIXES = LanguageAnalyzers.allSuffixes();

  /**
   * The schema a generation was built with, kept in its commit data under {@link #VERSION_KEY} (a
   * generation without it is version 1). 2: runs of CJK characters stand apart in the bigram fields
   * ({@code RunBreakPositions}), which lets counting leave out every other bigram of a phrase.
   * 3: syndicated copies are grouped ({@link #COPY_GROUP}); an older generation has no groups, and
   * its articles are shown without copies. 4: Chinese is indexed as bigrams only, with its edge
   * characters ({@code RunEdgeUnigrams}); no analyzed field keeps offsets (highlighting analyzes
   * the hits' text again); titles and bodies are stored in GB18030 ({@link StoredText}); copy
   * signatures are made over shingles of six Chinese bigrams, not three, and no longer stored (made
   * again from a candidate's text when articles are added). An older generation is
   * served through its bigram fields, and an addition to it finds no copies among its articles.
   * 5: the {@code entity} facet, the gazetteer entities each article mentions in any spelling
   * ({@link org.newssearch.names.EntityMentions}); an older generation's articles have none.
   * 6: copy signatures are a one-permutation MinHash of the tokens ({@code OnePermutationMinHash}),
   * and their band keys are no longer indexed: an addition makes the signatures of the indexed
   * articles near its dates again ({@link CopyGroups}).
   */
  public static final int VERSION = 6;
  public static final String VERSION_KEY = "newssearch.schema";

  /** The schema version in a generation's commit data (1 when it has none, as before versions). */
  public static int versionOf(Map<String, String> commitData) {
    try {
      return Integer.parseInt(commitData.getOrDefault(VERSION_KEY, "1"));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The schema version of the generation at {@code dir}. */
  public static int versionOf(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return versionOf(SegmentInfos.readLatestCommit(directory).getUserData());
    }
  }

  /**
   * Analyzed text with positions for phrases, without offsets: the few hits a page shows are analyzed
   * again to mark their matches, which costs less than offsets for every token of every article
   * (docs/benchmarks.md, "Index schema").
   */
  public static final FieldType ANALYZED_TEXT = analyzedText();

  private Schema() {}

  /** {@code body} + {@code cjk} -> {@code body.cjk}. */
  public static String analyzed(String base, String suffix) {
    return base + "." + suffix;
  }

  /** Every analyzed field of a base text field. */
  public static List<String> analyzedFields(String base) {
    return SUFFIXES.stream().map(suffix -> analyzed(base, suffix)).toList();
  }

  /** The analyzer for every field, used alike for indexing and for queries. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (String suffix : SUFFIXES) {
      Analyzer analyzer = LanguageAnalyzers.forSuffix(suffix);
      for (String base : TEXT_FIELDS) {
        perField.put(analyzed(base, suffix), analyzer);
      }
    }
    return new PerFieldAnalyzerWrapper(new NeutralAnalyzer(), perField);
  }

  /**
   * Facet dimensions ({@link Facet}), each allowed several values per article: sorted-set doc values
   * count them alike, and a facet with one value per article loses nothing.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.field, true);
    }
    return config;
  }

  private static FieldType analyzedText() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
