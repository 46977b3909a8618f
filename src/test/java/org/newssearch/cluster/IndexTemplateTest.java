package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;

/** The index template holds the embedded schema's fields by the same names, with the plugin's analyzers. */
class IndexTemplateTest {

  private static final JsonNode PROPERTIES = ClusterIndexes.template().path("template").path("mappings").path("properties");

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void titleAndBodyHaveOneTextFieldPerAnalysisSuffixWithItsAnalyzerAndTheNewsSimilarity() {
    for (String base : Schema.TEXT_FIELDS) {
      JsonNode fields = PROPERTIES.path(base).path("properties");
      assertThat(names(fields)).as(base).containsExactlyElementsOf(Schema.SUFFIXES);
      for (String suffix : Schema.SUFFIXES) {
        assertThat(fields.path(suffix).toString()).isEqualTo("{\"type\":\"text\",\"analyzer\":\"newssearch_" + suffix
            + "\",\"similarity\":\"newssearch\",\"index_options\":\"positions\"}");
      }
    }
  }

  @Test
  void everyFacetIsAKeywordAndTheDateIsLocalEpochSeconds() {
    for (String facet : Facet.fields()) {
      assertThat(PROPERTIES.path(facet).path("type").asText()).as(facet).isEqualTo("keyword");
    }
    assertThat(PROPERTIES.path(Schema.DATE).toString()).isEqualTo("{\"type\":\"long\"}");
    assertThat(names(PROPERTIES)).containsExactlyInAnyOrder("id", "title", "body", "source", "lang", "flag", "country",
        "outlet_type", "entity", "date", "date_iso", "url", "origin", "author", "file", "copy_group");
  }

  @Test
  void theTemplateNamesTheSimilarityTheMappingVersionAndTheBuildVersion() {
    assertThat(ClusterIndexes.template().path("template").path("settings").toString())
        .isEqualTo("{\"index\":{\"similarity\":{\"newssearch\":{\"type\":\"newssearch\"}}}}");
    assertThat(ClusterIndexes.template().path("index_patterns").toString()).isEqualTo("[\"newssearch-*\"]");
    assertThat(ClusterIndexes.mappingVersion()).isEqualTo(1);
    assertThat(ClusterIndexes.buildVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void generationsAreNumberedIndexNames() {
    assertThat(ClusterIndexes.name(3)).isEqualTo("newssearch-000003");
    assertThat(ClusterIndexes.number("newssearch-000042")).isEqualTo(42);
    assertThat(ClusterIndexes.number("newssearch-old")).isZero();
    assertThat(ClusterIndexes.number("other-000001")).isZero();
  }
}
