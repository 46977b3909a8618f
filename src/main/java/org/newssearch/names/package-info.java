/**
 * Names: one person, place or organisation in every spelling. The {@link
 * org.newssearch.names.Gazetteer} joins the countries of CLDR (ICU4J, five languages), the shipped file
 * {@code names/gazetteer.tsv} (regional Chinese, English, Russian, Ukrainian and historical spellings)
 * and a user's {@link org.newssearch.names.AliasFile}; {@link org.newssearch.names.NameVariants} finds
 * the entity a spelling names, by its spelling in any script or region, or by the sound of a Chinese
 * transliteration ({@link org.newssearch.names.PhoneticKey}). The query parser consults it
 * ({@code search/VariantQueries}); nothing here knows about Lucene.
 *
 * <p>To add an entity or a spelling: a line (or a form) in {@code gazetteer.tsv} (docs/names.md), checked
 * against the corpora where they hold it, then {@code ./newssearch eval names}. To add a form: a constant
 * in {@link org.newssearch.names.SpellingForm}. To let users add names: they write an alias file and
 * start {@code serve --aliases FILE}.
 */
package org.newssearch.names;
