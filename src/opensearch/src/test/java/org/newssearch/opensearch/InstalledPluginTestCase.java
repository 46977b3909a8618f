package org.newssearch.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.AfterClass;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An internal cluster whose nodes load the built ZIP through OpenSearch's own plugin loader (each
 * node's plugins/ folder; none of the plugin's classes or jars on this JVM's class path) and answer
 * real HTTP: the base of the tests that use the plugin as a user installs it.
 */
public abstract class InstalledPluginTestCase extends OpenSearchIntegTestCase {

  private static Path home;

  @AfterClass
  public static void forgetHome() {
    home = null; // the test framework deletes a suite's temporary folders after it
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(Netty4ModulePlugin.class);
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder().put(super.nodeSettings(nodeOrdinal)).put("path.home", installedHome().toString())
        .put("http.type", "netty4").build();
  }

  /** A home whose plugins/newssearch holds the unpacked ZIP, as bin/opensearch-plugin install leaves it. */
  private static synchronized Path installedHome() {
    if (home == null) {
      try {
        Path dir = createTempDir();
        Path plugin = Files.createDirectories(dir.resolve("plugins").resolve("newssearch"));
        Files.createDirectories(dir.resolve("modules"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("newssearch.plugin.zip"))))) {
          for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            Files.copy(zip, plugin.resolve(entry.getName()));
          }
        }
        home = dir;
      } catch (IOException e) {
        throw new IllegalStateException("cannot unpack the plugin ZIP: " + e.getMessage(), e);
      }
    }
    return home;
  }
}
