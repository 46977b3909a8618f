package org.newssearch.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.opensearch.Version;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The built ZIP as OpenSearch's plugin loader judges it: its descriptor fits exactly this OpenSearch,
 * the same plugin built for another version is refused, and it carries no Lucene the server has.
 */
public class PluginDescriptorIT extends OpenSearchTestCase {

  private static final Path ZIP = Path.of(System.getProperty("newssearch.plugin.zip"));

  /** A plugin folder holding the ZIP's descriptor, with {@code opensearch.version} replaced if {@code version} is given. */
  private Path descriptorFolder(String version) throws IOException {
    Path folder = createTempDir();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      String descriptor = new String(zip.getInputStream(zip.getEntry(PluginInfo.OPENSEARCH_PLUGIN_PROPERTIES)).readAllBytes(),
          StandardCharsets.UTF_8);
      if (version != null) {
        descriptor = descriptor.replace("opensearch.version=" + Version.CURRENT, "opensearch.version=" + version);
      }
      Files.writeString(folder.resolve(PluginInfo.OPENSEARCH_PLUGIN_PROPERTIES), descriptor);
    }
    return folder;
  }

  public void testTheDescriptorNamesThePluginClassAndFitsThisOpenSearch() throws IOException {
    PluginInfo info = PluginInfo.readFromProperties(descriptorFolder(null));
    assertEquals("3.8.0", Version.CURRENT.toString());
    assertEquals("newssearch", info.getName());
    // A string: this JVM must not load the plugin's classes (see the pom's failsafe configuration).
    assertEquals("org.newssearch.opensearch.NewsSearchPlugin", info.getClassname());
    assertEquals("21", info.getJavaVersion());
    PluginsService.verifyCompatibility(info);
  }

  public void testThePluginBuiltForAnotherOpenSearchVersionIsRefused() throws IOException {
    PluginInfo info = PluginInfo.readFromProperties(descriptorFolder("3.7.0"));
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> PluginsService.verifyCompatibility(info));
    assertTrue(e.getMessage(), e.getMessage().contains("3.7.0") && e.getMessage().contains("3.8.0"));
  }

  public void testTheZipCarriesNoLuceneTheServerHas() throws IOException {
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      List<String> lucene = zip.stream().map(ZipEntry::getName).filter(name -> name.startsWith("lucene-")).sorted().toList();
      assertEquals("[lucene-analysis-morfologik-10.5.0.jar, lucene-analysis-smartcn-10.5.0.jar, lucene-facet-10.5.0.jar]",
          lucene.toString());
    }
  }
}
