package org.newssearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newssearch.outlets.OutletRegistry;
import picocli.CommandLine.Option;

/** {@code --outlets FILE}: the user's outlet file, added to the shipped registry (a picocli mixin). */
final class OutletsOption {

  @Option(names = "--outlets", paramLabel = "FILE",
      description = "Your own outlet registry: the shape of the shipped outlets.tsv; adds outlets and replaces those of the same name.")
  Path file;

  /** The shipped registry with the user's file, if one was given. */
  OutletRegistry registry() throws IOException {
    return file == null ? OutletRegistry.shipped() : OutletRegistry.shipped().withUserFile(file);
  }

  /** {@link #registry}, installed for the facets of the articles indexed next (see {@link OutletRegistry#installed}). */
  void install() throws IOException {
    OutletRegistry.install(registry());
  }
}
