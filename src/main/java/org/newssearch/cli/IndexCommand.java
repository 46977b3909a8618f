package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.cluster.ClusterIndexer;
import org.newssearch.index.BuildReport;
import org.newssearch.index.DeleteReport;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.RebuildPolicy;
import org.newssearch.names.EntityMentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newssearch index}: an offline rebuild into a new generation, switched in atomically unless
 * it would shrink the index to nothing or far less; or, with {@code --add} / {@code --delete}, an
 * update of the serving generation.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Build a new index generation from raw articles and switch to it atomically.",
        "A build with no articles, or under --min-fraction of the serving generation's, is kept but not switched to "
            + "(--force switches anyway); the last --keep generations stay for: newssearch rollback.",
        "With --add, add or replace articles in the serving generation; with --delete, remove articles by id.",
        "A running serve picks up either within seconds. Reports: DIR/build-report.json, DIR/rejects.jsonl."})
final class IndexCommand implements Callable<Integer> {

  @Option(names = "--input", arity = "1..*", description = "Files or directories of raw articles (repeatable; default: sample-data).")
  List<Path> inputs;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--add", description = "Add or replace (by id) in the serving generation instead of rebuilding.")
  boolean add;

  @Option(names = "--delete", paramLabel = "ID", description = "Delete the article with this id (repeatable).")
  List<String> deleteIds;

  @Option(names = "--force", description = "Switch to the new generation even when it is empty or much smaller.")
  boolean force;

  @Option(names = "--min-fraction", paramLabel = "F",
      description = "Least share of the serving generation's articles a rebuild must hold to be switched to (default: ${DEFAULT-VALUE}).")
  double minFraction = RebuildPolicy.DEFAULT.minFraction();

  @Option(names = "--keep", paramLabel = "N", description = "Complete generations kept on disk (default: ${DEFAULT-VALUE}).")
  int keep = RebuildPolicy.DEFAULT.keep();

  @Mixin OutletsOption outlets;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Your own name variants, also recorded in the entity facet of the articles indexed (docs/names.md).")
  Path aliases;

  @Option(names = "--threads", description = "Analysis threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin BackendOption backend;

  @Option(names = "--shards", paramLabel = "N",
      description = "With --backend opensearch: primary shards of the new index (default: ${DEFAULT-VALUE}).")
  int shards = 1;

  @Option(names = "--replicas", paramLabel = "N",
      description = "With --backend opensearch: copies of each shard on other nodes (default: ${DEFAULT-VALUE}).")
  int replicas = 1;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    outlets.install(); // before any article is indexed: the country and type facets read it
    EntityMentions.install(aliases == null ? null : EntityMentions.of(Aliases.gazetteer(aliases))); // the entity facet
    try {
      return build(err);
    } finally {
      EntityMentions.install(null);
    }
  }

  private int build(PrintStream err) throws IOException {
    Path root = index == null ? Main.home().resolve("index") : index;
    // On a cluster, the inputs are read into a local staging directory first (ClusterIndexer).
    Path staging = root.resolve(CLUSTER_STAGING);
    ClusterIndexer cluster = backend.cluster() ? new ClusterIndexer(backend.client(), shards, replicas) : null;
    IndexBuilder builder = new IndexBuilder(root, threads);
    if (deleteIds != null) {
      DeleteReport deleted = cluster == null ? builder.delete(deleteIds) : cluster.delete(deleteIds);
      err.printf(Locale.ROOT, "%s: deleted %d of %d ids%s%n", deleted.generation(), deleted.deleted().size(),
          deleteIds.size(), deleted.missing().isEmpty() ? "" : "; not in the index: " + String.join(", ", deleted.missing()));
      return deleted.missing().isEmpty() ? 0 : 1;
    }
    RebuildPolicy policy = new RebuildPolicy(minFraction, force, keep);
    List<Path> from = inputs == null ? List.of(Main.home().resolve("sample-data")) : inputs;
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    BuildReport report;
    if (cluster == null) {
      report = add ? builder.add(from, progress) : builder.rebuild(from, policy, progress);
    } else {
      report = add ? cluster.add(from, staging, progress, threads) : cluster.rebuild(from, staging, policy, progress, threads);
    }
    progress.finish();
    new BuildSummary(report, cluster == null ? root : staging).print(err, add);
    // A rebuild fails when it was not switched to; an addition, when it added nothing.
    return (add ? report.added() > 0 : report.switched()) ? 0 : 1;
  }

  /** The directory under {@code --index} where a cluster build reads its inputs first, and leaves its reports. */
  static final String CLUSTER_STAGING = "opensearch-build";

  /** A rebuild with progress and summary on {@code err}; {@code serve} uses it for a missing index. */
  static BuildReport rebuild(List<Path> inputs, Path root, PrintStream err) throws IOException {
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    BuildReport report = new IndexBuilder(root, Runtime.getRuntime().availableProcessors()).rebuild(inputs, progress);
    progress.finish();
    new BuildSummary(report, root).print(err, false);
    return report;
  }
}
