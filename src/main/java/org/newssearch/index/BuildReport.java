package org.newssearch.index;

import java.util.List;
import org.newssearch.ingest.Reject;

/**
 * What an index build or addition did.
 *
 * @param generation the name of the generation built or changed
 * @param indexed articles the generation holds afterwards
 * @param added articles written in this run (new ones and replacements)
 * @param replaced of those, how many replaced an article of the same id that was already there
 * @param duplicates exact duplicates skipped (the first copy is indexed)
 * @param rejects inputs that could not be indexed, with reasons
 * @param inputBytes bytes of article text indexed (UTF-16 chars of title and body)
 * @param millis wall time of the build
 * @param indexBytes size of the generation on disk
 * @param switched whether the generation serves now (always true for an addition)
 * @param refusal why a rebuild was not switched to, or null
 * @param previous the generation that served before the build, or null
 * @param pruned older generations deleted after the switch
 */
public record BuildReport(
    String generation,
    long indexed,
    long added,
    long replaced,
    List<Duplicate> duplicates,
    List<Reject> rejects,
    long inputBytes,
    long millis,
    long indexBytes,
    boolean switched,
    String refusal,
    String previous,
    List<String> pruned) {}
