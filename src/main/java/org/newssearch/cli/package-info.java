/**
 * The command line ({@code ./newssearch}): one picocli sub-command per job (serve, index, search, ...).
 * The only package that prints.
 *
 * <p>To add a command: write a {@code Callable<Integer>} annotated with {@code @Command} and list it in
 * {@link org.newssearch.cli.Main}'s {@code subcommands}; a benchmark over a corpus extends
 * {@code CorpusBench} and is listed in {@code BenchCommand}, an evaluation over {@code ../shared}
 * extends {@code SharedDataCommand} and is listed in {@code EvalCommand}. Options that follow a
 * registry are made from it ({@code SearchCommand.FacetOptions}: one per facet).
 */
package org.newssearch.cli;
