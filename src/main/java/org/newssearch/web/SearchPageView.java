package org.newssearch.web;

/**
 * What the search page ({@code search.jte}) shows: the form, and below it exactly one of a welcome (no
 * search yet), the problem with the search, or the facets and results; the others are null.
 */
public record SearchPageView(String title, SearchForm form, Welcome welcome, Message problem, FacetSidebar facets,
    ResultsView results) {}
