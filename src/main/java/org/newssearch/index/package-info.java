/**
 * Index stage: the schema (field names and analyzers in {@link org.newssearch.index.Schema}, the
 * facets in {@link org.newssearch.index.Facet}, each defined once), the one mapper between articles and Lucene documents ({@link
 * org.newssearch.index.ArticleDocuments}), and the builder of index generations ({@link
 * org.newssearch.index.IndexBuilder}, {@link org.newssearch.index.Generations}), which also groups
 * syndicated copies ({@link org.newssearch.index.CopyDetector}, {@link org.newssearch.index.CopyGroups}).
 *
 * <p>To add a facet: one entry in {@link org.newssearch.index.Facet} (its name, label and where its
 * values come from in the article) and its case in {@code FacetRegistryTest}; the writer, the query
 * syntax, the filters, the counts, the API, the command line and the form follow (docs/architecture.md,
 * "Add a facet"). To add a stored field: name it in {@code Schema} and fill it (and read it back) in
 * {@code ArticleDocuments}. A change that makes older generations unreadable raises
 * {@code Schema.VERSION}.
 */
package org.newssearch.index;
