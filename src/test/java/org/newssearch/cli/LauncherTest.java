package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script and its start-up cache, run in a copy of the project whose jar is a small probe
 * ({@link LauncherProbe}): the command always runs, whatever state the cache is in.
 */
class LauncherTest {

  @TempDir Path home;

  private record Run(int exit, String out, String err) {
    int javaVersion() {
      return Integer.parseInt(out.lines().filter(l -> l.startsWith("java ")).findFirst().orElseThrow().substring(5));
    }

    boolean usedCache() {
      return out.contains("-XX:AOTCache=");
    }
  }

  @BeforeEach
  void projectWithAProbeJar() throws IOException {
    Files.copy(Path.of("newssearch"), home.resolve("newssearch"));
    home.resolve("newssearch").toFile().setExecutable(true);
    Files.createDirectories(home.resolve("src/main"));
    Files.writeString(home.resolve("pom.xml"), "<project/>", StandardCharsets.UTF_8);
    Path jar = Files.createDirectories(home.resolve("target")).resolve("newssearch.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream probe = LauncherProbe.class.getResourceAsStream("/" + entry)) {
      out.putNextEntry(new JarEntry(entry));
      probe.transferTo(out);
    }
    // Sources older than the jar: the launcher must not try to build it.
    FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(home.resolve("pom.xml"), past);
    Files.setLastModifiedTime(home.resolve("src/main"), past);
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = home.resolve("newssearch").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("NEWSSEARCH_JAVA_OPTS");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish within 2 minutes");
    }
    return new Run(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void withoutACacheTheCommandRunsAndOnJdk25TheCacheIsWrittenOnceAndUsed() throws Exception {
    Run first = run(Map.of(), "search", "x");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("probe ran search x");
    Path cache = home.resolve("target/newssearch.aot");
    if (first.javaVersion() < 25) {
      assertThat(cache).doesNotExist();
      assertThat(first.usedCache()).isFalse();
      return;
    }
    assertThat(first.err()).contains("writing the start-up cache");
    assertThat(cache).isNotEmptyFile();
    assertThat(first.usedCache()).isTrue();
    Run second = run(Map.of(), "serve");
    assertThat(second.exit()).isZero();
    assertThat(second.err()).doesNotContain("writing the start-up cache");
    assertThat(second.usedCache()).isTrue();
  }

  @Test
  void withNewssearchAotOffNoCacheIsWrittenOrUsed() throws Exception {
    Run run = run(Map.of("NEWSSEARCH_AOT", "off"), "--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("probe ran --version");
    assertThat(run.usedCache()).isFalse();
    assertThat(home.resolve("target/newssearch.aot")).doesNotExist();
  }

  @Test
  void aCacheTheJvmRejectsNeitherStopsNorCluttersTheCommand() throws Exception {
    Files.writeString(home.resolve("target/newssearch.aot"), "not a cache", StandardCharsets.UTF_8);
    Run run = run(Map.of(), "search", "y");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("probe ran search y");
    assertThat(run.err()).doesNotContain("[aot]").doesNotContain("error");
  }

  @Test
  void aFailedTrainingRunIsReportedOnceAndTheCommandStillRuns() throws Exception {
    Map<String, String> failing = Map.of("PROBE_FAIL_TRAINING", "1");
    Run first = run(failing, "serve");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("probe ran serve");
    if (first.javaVersion() < 25) {
      return;
    }
    assertThat(first.err()).contains("could not write the start-up cache");
    assertThat(first.usedCache()).isFalse();
    Run second = run(failing, "serve");
    assertThat(second.exit()).isZero();
    assertThat(second.err()).doesNotContain("start-up cache");
  }
}
