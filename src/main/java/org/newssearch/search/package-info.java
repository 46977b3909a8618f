/**
 * Search stage: the user query syntax turned into Lucene queries ({@code NewsQueryParser},
 * {@code QueryBuilder}), and the {@link org.newssearch.search.SearchService}, which ranks, highlights,
 * counts facets, draws timelines and walks every match for export, over the serving index generation.
 * Requests and results are plain records ({@link org.newssearch.search.SearchRequest}, {@link
 * org.newssearch.search.SearchResult}, {@link org.newssearch.search.Timeline}); bad input is a {@link
 * org.newssearch.search.BadRequestException} that names the bad value and what is accepted.
 *
 * <p>A search reads top to bottom in {@code SearchService#search}: the request parsed into a query
 * ({@code QueryBuilder}), the top hits and all the counts collected ({@code MatchCollector}, whose
 * implementation {@code OneOrTwoPasses} chooses the cheaper way), the page cut ({@code PageWindow}),
 * snippets highlighted ({@code Snippets}), facets counted. The serving generation is held through
 * Lucene's {@code ReferenceManager} ({@code GenerationManager}). Each optimisation sits in its own
 * class and names, in its comment, the benchmark in docs/benchmarks.md that keeps it.
 *
 * <p>Facets need nothing here: they come from {@code index/Facet}. To add a query syntax: handle it
 * in {@code NewsQueryParser} (and {@code QueryText} if it must survive pasting), document it in
 * docs/query-language.md, and test it over HTTP in {@code SearchApiHttpTest}. To add an optimisation:
 * behind an existing interface ({@code MatchCollector}, the highlighter's strategies), with the
 * plain way as the reference its test compares with.
 */
package org.newssearch.search;
