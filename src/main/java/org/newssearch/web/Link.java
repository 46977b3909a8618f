package org.newssearch.web;

/** A link on a page: its URL (already built, usually by {@link PageState}) and its text, both plain. */
public record Link(String href, String text) {}
