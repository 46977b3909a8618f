package org.newssearch.search;

import java.util.List;
import org.newssearch.ingest.Article;

/**
 * An article's copy group: the syndicated copies of one story (see {@code index/CopyDetector}).
 *
 * @param id the group's id (the id of its first article), or null when the article's generation was
 *     built before copy groups (schema 3) and has none
 * @param members the articles of the group, the article itself among them, earliest first (undated
 *     last), at most {@link SearchService#MAX_COPIES}
 */
public record CopyGroup(String id, List<Article> members) {}
