package org.newssearch.index;

import org.apache.lucene.document.Document;
import org.newssearch.ingest.Article;

/**
 * Finds syndicated copies: the same story published again, edited, cut short, re-headlined or in
 * the other Chinese script. An article's {@link CopySignature} is computed at index time; candidates
 * meet under its band keys ({@link CopyGroups}), never by comparing every pair, and the signatures
 * of two candidates tell whether they are copies.
 */
public interface CopyDetector {

  /** No detection: every article is its own group (to measure what detection costs). */
  CopyDetector OFF = new CopyDetector() {
    @Override
    public CopySignature signature(Article article) {
      return null;
    }

    @Override
    public double threshold() {
      return 1;
    }
  };

  /** The article's signature, or null when its text is too short to tell a copy from a coincidence. */
  CopySignature signature(Article article);

  /**
   * The article's signature, taken while {@code doc}, its document, is indexed: the detector may give
   * the field it signs a token stream that signs as the index reads it, so that the text is analyzed
   * once. {@link Signing#signature()} is asked after the document is added.
   */
  default Signing signing(Article article, Document doc) {
    CopySignature signature = signature(article);
    return () -> signature;
  }

  /** A signature being taken as a document is indexed. */
  @FunctionalInterface
  interface Signing {
    /** The signature ({@link #signature(Article)}'s), once the document is added. */
    CopySignature signature();
  }

  /** The least {@link CopySignature#similarity} of two copies. */
  double threshold();

  /** Whether articles with these signatures are copies of one story. */
  default boolean copies(CopySignature a, CopySignature b) {
    return copies(a, b, 0);
  }

  /**
   * Whether articles with these signatures are copies of one story, judged on the buckets whose bit
   * in {@code template} is clear ({@link CopySignature#similarity(CopySignature, long)}).
   */
  default boolean copies(CopySignature a, CopySignature b, long template) {
    return a.similarity(b, template) >= threshold();
  }
}
