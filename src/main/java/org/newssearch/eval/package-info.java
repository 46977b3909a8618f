/**
 * Evaluation and analysis benchmarks: quality and speed figures measured over {@code ../shared}
 * (never shipped), run by {@code ./newssearch eval ...} and {@code ./newssearch bench ...}; the
 * figures and commands are in docs/evaluation.md and docs/benchmarks.md.
 *
 * <p>Each evaluation is a small class that reads its data ({@link org.newssearch.eval.Corpus},
 * {@link org.newssearch.eval.SegmentationGold}), runs the product's own components (analyzers,
 * language detector, index builder, search service) and returns records; only {@code cli/} prints
 * them. To add an evaluation: a class here returning records, and a subcommand of
 * {@code cli/EvalCommand}; to add a benchmark contender, a {@link org.newssearch.eval.AnalysisBench.Contender}
 * in {@link org.newssearch.eval.ChineseChains}; to add a benchmark, a subcommand of {@code cli/BenchCommand}.
 */
package org.newssearch.eval;
