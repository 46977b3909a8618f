/**
 * Outlets described: the registry of news outlets ({@link org.newssearch.outlets.OutletRegistry},
 * read from the shipped {@code outlets/outlets.tsv} and a user's file of the same shape by
 * {@link org.newssearch.outlets.OutletFile}), which gives an article's source a country and a type
 * (the {@code country} and {@code outlet_type} facets). It depends on nothing else of newssearch;
 * the index reads it.
 *
 * <p>To describe one more outlet: a line in {@code src/main/resources/outlets/outlets.tsv} (its
 * header says the fields; docs/outlets.md how types are chosen and where facts come from), then
 * rebuild the index. {@code newssearch outlets unknown} lists the sources the registry lacks.
 */
package org.newssearch.outlets;
