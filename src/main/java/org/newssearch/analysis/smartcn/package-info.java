/**
 * smartcn's HHMM word segmenter, ported from lucene-analysis-smartcn 10.5.0 for speed with exactly its
 * output: {@link org.newssearch.analysis.smartcn.HhmmSegmenter} segments a clause, {@link
 * org.newssearch.analysis.smartcn.SegTokenTerms} gives a word's term; the rest is internal. README.md
 * in this directory names the ported classes and constants, the measurement that justifies the port,
 * and how to re-check it after a Lucene upgrade ({@code HhmmSegmenterEquivalenceTest}).
 *
 * <p>There is no "one more of its kind" here: a change to the segmentation is a change of smartcn's,
 * followed, not made, in this package.
 */
package org.newssearch.analysis.smartcn;
