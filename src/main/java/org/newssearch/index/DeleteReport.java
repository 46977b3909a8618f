package org.newssearch.index;

import java.util.List;

/**
 * What a deletion by id did.
 *
 * @param generation the generation changed
 * @param deleted the ids that were there and are gone
 * @param missing the ids that were not there (nothing changed for them)
 */
public record DeleteReport(String generation, List<String> deleted, List<String> missing) {}
