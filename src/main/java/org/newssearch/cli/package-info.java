/**
 * The command line ({@code ./newssearch}): one picocli sub-command per job (serve, index, search, ...).
 * The only package that prints.
 *
 * <p>To add a command: write a {@code Callable<Integer>} annotated with {@code @Command} and list it in
 * {@link org.newssearch.cli.Main}'s {@code subcommands}.
 */
package org.newssearch.cli;
