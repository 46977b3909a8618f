/**
 * Speed benchmarks over real corpora: indexing against the bare-analyzer ceiling, search latency
 * in-process and over HTTP, throughput under concurrent load, start-up time. Each returns a result
 * record; {@code cli/} prints it. Ratios are measured in one run, never a lone absolute time.
 *
 * <p>To add a benchmark: a final class with a {@code run(...)} method returning a record, and a
 * sub-command of {@code bench} in {@code cli/}.
 */
package org.newssearch.bench;
