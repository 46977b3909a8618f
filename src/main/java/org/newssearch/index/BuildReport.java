package org.newssearch.index;

import java.util.List;
import org.newssearch.ingest.Reject;

/**
 * What an index build did.
 *
 * @param generation the name of the generation built
 * @param indexed articles indexed
 * @param duplicates exact duplicates skipped (the first copy is indexed)
 * @param rejects inputs that could not be indexed, with reasons
 * @param inputBytes bytes of article text indexed (UTF-16 chars of title and body)
 * @param millis wall time of the build
 * @param indexBytes size of the new generation on disk
 */
public record BuildReport(
    String generation, long indexed, long duplicates, List<Reject> rejects, long inputBytes, long millis, long indexBytes) {}
