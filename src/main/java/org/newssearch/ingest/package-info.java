/**
 * Ingestion: turns raw scraped files into clean {@link org.newssearch.ingest.Article}s, or into
 * {@link org.newssearch.ingest.Reject}s with a reason, so that nothing is lost silently.
 *
 * <p>The flow: {@link org.newssearch.ingest.Ingestor} walks the inputs; for each file it rejects empty
 * and binary files, decodes a head ({@code TextDecoding}: BOM, strict UTF-8, else GB18030 or Big5 by
 * ICU's detector) and picks the first {@code ArticleReader} that accepts it (WARC, feed item, JSONL,
 * HTML page, plain-text dump). Readers produce {@code RawArticle}s, cleaned of page furniture by
 * {@code Boilerplate} (trailing lists, repeated headlines, credit, byline and editor lines);
 * {@code ArticleAssembler} cuts injected spam ({@code SpamFilter}), settles id, language and source.
 * The accepted formats are documented in {@code docs/input-formats.md}.
 *
 * <p>To add one more input format: implement {@code ArticleReader} (recognize it by content in
 * {@code accepts}, stream big inputs, report bad records as rejects and go on), pass the lines you find
 * through {@code Boilerplate.clean}, register the reader in {@code Ingestor.READERS} before the more
 * permissive readers, document it in {@code docs/input-formats.md}, and add a test that writes a
 * small file of that format.
 */
package org.newssearch.ingest;
