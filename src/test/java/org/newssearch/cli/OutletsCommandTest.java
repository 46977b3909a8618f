package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.cli.CommandLineTest.Run;
import org.newssearch.outlets.OutletRegistry;

/** {@code newssearch outlets unknown|show} and {@code index --outlets FILE}, as a user runs them. */
class OutletsCommandTest {

  @TempDir Path tmp;

  @AfterEach
  void shippedRegistryAgain() {
    OutletRegistry.install(OutletRegistry.shipped()); // a command with --outlets installed the user's
  }

  @Test
  void unknownListsTheServingIndexsSourcesThatTheRegistryLacksMostArticlesFirst() {
    Run unknown = run("outlets", "unknown", "--index", TestIndexes.seeds().toString());
    assertThat(unknown.exit()).isZero();
    // the seeds' sources: chineseheadlinenews.com, 天天要闻 (twice), voachinese.com (a domain of VOA), unknown
    assertThat(unknown.out()).startsWith("1 of 4 sources in gen-").contains("are not in the outlet registry (1 articles)")
        .endsWith("         1  unknown\n");
  }

  @Test
  void aUsersFileGivesSourcesTheirCountryAndTypeAtIndexTimeAndTheyAreNoLongerUnknown() throws IOException {
    Path mine = Files.writeString(tmp.resolve("mine.tsv"),
        "# the seeds' aggregator, placed\n天天要闻\t\t\tCN\tzh-Hans\taggregator\n"
            + "unknown\t\t\tUA\tuk\tindependent\tnobody\tthe seed with no outlet\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Run indexed = run("index", "--input", TestIndexes.SEEDS.toString(), "--index", index.toString(), "--outlets", mine.toString());
    assertThat(indexed.exit()).isZero();
    Run found = run("search", "--index", index.toString(), "泽连斯基", "--country", "CN");
    assertThat(found.out()).startsWith("2 articles");
    Run unknown = run("outlets", "unknown", "--index", index.toString(), "--outlets", mine.toString());
    assertThat(unknown.out()).startsWith("0 of 4 sources");
  }

  @Test
  void showPrintsAnOutletFoundByAliasDomainOrUrl() {
    for (String name : new String[] {"xinhua", "news.cn", "https://www.xinhuanet.com/world/2025-02/18/c_1.htm"}) {
      Run shown = run("outlets", "show", name);
      assertThat(shown.exit()).isZero();
      assertThat(shown.out()).startsWith("name:      新华社\n").contains("country:   CN\n")
          .contains("type:      state-media\n").contains("ownership: State Council of the People's Republic of China\n");
    }
  }

  @Test
  void anOutletTheRegistryLacksOrABadUserFileIsOneSentenceAndExitOne() throws IOException {
    Run missing = run("outlets", "show", "Nowhere Gazette");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("error: no outlet in the registry is named 'Nowhere Gazette'");

    Path bad = Files.writeString(tmp.resolve("bad.tsv"), "Ours\t\t\tUkraine\tuk\t\n", StandardCharsets.UTF_8);
    Run refused = run("index", "--input", TestIndexes.SEEDS.toString(), "--index", tmp.resolve("index").toString(),
        "--outlets", bad.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).isEqualTo("error: " + bad + " line 1: country 'Ukraine' is not an ISO 3166-1 alpha-2 code; "
        + "write two capital letters such as GB, UA, CN, or leave it empty\n");
  }
}
