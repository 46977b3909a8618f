/**
 * Index stage: the schema (field names, analyzers, facets, defined once in {@link
 * org.newssearch.index.Schema}), the one mapper between articles and Lucene documents ({@link
 * org.newssearch.index.ArticleDocuments}), and the builder of index generations ({@link
 * org.newssearch.index.IndexBuilder}, {@link org.newssearch.index.Generations}).
 *
 * <p>To add a field: name it in {@code Schema}, fill it (and read it back) in {@code ArticleDocuments};
 * to make it a facet, add a {@code SortedSetDocValuesFacetField} there and count it in {@code search/}.
 */
package org.newssearch.index;
