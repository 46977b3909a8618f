package org.newssearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newssearch.index.Facet;
import org.newssearch.names.NameVariants;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchLimits;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newssearch search QUERY}: ranked hits on the command line. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index and print ranked hits.",
    modelTransformer = SearchCommand.FacetOptions.class)
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", description = "The query, in the same syntax as the web form.")
  List<String> query;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--from", description = "First day, inclusive (ISO date).")
  String from;

  @Option(names = "--to", description = "Last day, inclusive (ISO date).")
  String to;

  @Option(names = "--sort", description = "relevance, date or date_asc.")
  String sort;

  @Option(names = "--size", description = "Number of hits (default: 10).")
  String size;

  @Option(names = "--json", description = "Print the API's JSON instead of text.")
  boolean json;

  @Option(names = "--variants", paramLabel = "on|off",
      description = "on (default): a name also finds its other spellings; off: every word only as written.")
  String variants;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Your own name variants: UTF-8, one entity a line, entity-id<TAB>spelling|spelling (docs/names.md).")
  Path aliases;

  @Spec
  CommandSpec spec;

  /** One repeatable option per facet ({@code --source}, {@code --lang}, ...), made from the registry. */
  static final class FacetOptions implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
      for (Facet facet : Facet.values()) {
        command.addOption(OptionSpec.builder("--" + facet.field).type(List.class).auxiliaryTypes(String.class)
            .paramLabel("VALUE").description("Keep only this " + facet.label.toLowerCase(Locale.ROOT) + " (repeatable).")
            .build());
      }
      return command;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of(String.join(" ", query)));
    for (Facet facet : Facet.values()) {
      List<String> values = spec.findOption("--" + facet.field).getValue();
      params.put(facet.field, values == null ? List.of() : values);
    }
    putIfSet(params, "from", from);
    putIfSet(params, "to", to);
    putIfSet(params, "sort", sort);
    putIfSet(params, "size", size);
    putIfSet(params, "variants", variants);
    Supplier<NameVariants> names = Aliases.load(aliases);
    try (SearchService search = new SearchService(index == null ? Main.home().resolve("index") : index,
        SearchLimits.DEFAULT, names)) {
      SearchResult result = search.search(SearchRequest.fromParams(params));
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        return 0;
      }
      out.printf("%d articles (%d ms)%n", result.total(), result.tookMs());
      for (SearchResult.Expansion expansion : result.expansions()) {
        out.printf("also searched for %s: %s%n", expansion.text(), String.join(", ", expansion.variants()));
      }
      int rank = 1;
      for (SearchResult.Hit hit : result.hits()) {
        out.printf("%2d. %s%n    %s · %s · %s · id %s%n", rank++, hit.title(), hit.source(),
            hit.date() == null ? "undated" : hit.date(), hit.lang(), hit.id());
        for (String snippet : hit.snippets()) {
          out.println("    " + snippet.replace("<mark>", "[").replace("</mark>", "]"));
        }
      }
      return 0;
    } catch (BadRequestException e) {
      new PrintStream(System.err, true, StandardCharsets.UTF_8).println("error: " + e.getMessage() + "; " + e.detail());
      return 2;
    }
  }

  private static void putIfSet(Map<String, List<String>> params, String name, String value) {
    if (value != null) {
      params.put(name, List.of(value));
    }
  }
}
