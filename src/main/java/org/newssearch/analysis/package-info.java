/**
 * Analysis: turns text into the terms of each analyzed field, the same way at index and query time.
 *
 * <p>Chinese in any script and region is read through one {@link
 * org.newssearch.analysis.TraditionalToSimplified} CharFilter (width folding, then OpenCC's Taiwan
 * and Hong Kong vocabulary and variants, then Traditional phrases and characters, flattened into one
 * {@code ReplacementTrie} pass with offsets corrected), then cut into CJK bigrams ({@link
 * org.newssearch.analysis.ChineseBigramAnalyzer}), which is what the index holds. Other languages
 * get Lucene's own analyzers ({@link org.newssearch.analysis.LanguageAnalyzers}); unknown ones the
 * neutral analyzer. smartcn words ({@link org.newssearch.analysis.ChineseWordAnalyzer}, on a port
 * of smartcn's segmenter in the self-contained subpackage {@code smartcn}, whose README says how to
 * re-check it after a Lucene upgrade) are no longer indexed: they rank no better than bigrams and
 * doubled indexing (docs/evaluation.md); they stay for the segmentation evaluation.
 *
 * <p>To add a language: a constant in {@link org.newssearch.analysis.LanguageAnalyzers} with its
 * tag, field suffix and analyzer, and a detector rule in {@code ingest/LanguageDetector}. To add a conversion table: vendor it under
 * {@code src/main/resources/opencc/}, list it in {@code TraditionalToSimplified.Table} and in
 * {@code NOTICE}; regional words OpenCC lacks go in {@code newssearch-regional-words.txt}.
 * Every change is measured by {@code ./newssearch eval segmentation|twins} and
 * {@code ./newssearch bench analysis} (docs/evaluation.md, docs/benchmarks.md).
 */
package org.newssearch.analysis;
