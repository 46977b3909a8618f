package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.eval.SegmentationEval;
import org.newssearch.eval.SegmentationScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newssearch eval ...}: quality evaluations over the shared corpora and gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Quality evaluations over ../shared (segmentation, twins, langdetect).",
    subcommands = {EvalCommand.Segmentation.class})
final class EvalCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** {@code ../shared} beside the project, or {@code --shared}; null (and a message) when absent. */
  static Path shared(Path given) {
    Path dir = given != null ? given : Main.home().resolve("../shared").normalize();
    if (!Files.isDirectory(dir)) {
      new PrintStream(System.err, true, StandardCharsets.UTF_8).println(
          "error: no shared data directory at " + dir + "; pass --shared DIR (it holds corpora/ and eval/)");
      return null;
    }
    return dir;
  }

  /** {@code eval segmentation}: word P/R/F of the index-time chain beside bare HMMChineseTokenizer. */
  @Command(name = "segmentation", mixinStandardHelpOptions = true,
      description = "Word precision/recall/F on SIGHAN 2005 and UD Chinese, punctuation left out.")
  static final class Segmentation implements Callable<Integer> {
    @Option(names = "--shared", description = "The shared data directory (default: ../shared).")
    Path sharedDir;

    @Override
    public Integer call() throws Exception {
      Path dir = shared(sharedDir);
      if (dir == null) {
        return 2;
      }
      PrintStream out = out();
      out.println("set       sentences   chain P   chain R   chain F  |  bare P    bare R    bare F");
      for (SegmentationEval.SetResult r : SegmentationEval.run(dir.resolve("eval"))) {
        SegmentationScore c = r.chain();
        SegmentationScore b = r.bare();
        out.printf(Locale.ROOT, "%-8s %9d   %.4f    %.4f    %.4f   |  %.4f    %.4f    %.4f%n", r.name(),
            r.sentences(), c.precision(), c.recall(), c.f(), b.precision(), b.recall(), b.f());
      }
      return 0;
    }
  }
}
