/**
 * Search stage: the user query syntax turned into Lucene queries ({@code NewsQueryParser},
 * {@code QueryBuilder}), and the {@link org.newssearch.search.SearchService}, which ranks, highlights,
 * counts facets, draws timelines and walks every match for export, over the serving index generation.
 * Requests and results are plain records ({@link org.newssearch.search.SearchRequest}, {@link
 * org.newssearch.search.SearchResult}, {@link org.newssearch.search.Timeline}); bad input is a {@link
 * org.newssearch.search.BadRequestException} that names the bad value and what is accepted.
 *
 * <p>To add a facet: count it in {@code SearchService#facets} (and, when it can be selected, give
 * {@code SearchRequest} its filter and {@code QueryBuilder#withFilters} its clause).
 */
package org.newssearch.search;
