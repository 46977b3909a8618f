package org.newssearch.cli;

import java.lang.management.ManagementFactory;

/**
 * A stand-in for the application in {@link LauncherTest}: prints its arguments, the Java version and
 * the JVM flags the launcher gave it; as the training run ({@code aot-training}) it fails when the
 * environment says so.
 */
public final class LauncherProbe {

  private LauncherProbe() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("aot-training") && System.getenv("PROBE_FAIL_TRAINING") != null) {
      System.exit(3);
    }
    System.out.println("probe ran " + String.join(" ", args));
    System.out.println("java " + Runtime.version().feature());
    System.out.println("flags " + ManagementFactory.getRuntimeMXBean().getInputArguments());
  }
}
