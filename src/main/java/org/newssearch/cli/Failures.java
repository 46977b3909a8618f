package org.newssearch.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception that ends a command into one or two sentences a user can act on. */
final class Failures {

  private Failures() {}

  static String explain(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSuchFileException missing) {
        return "no such file or directory: " + missing.getFile();
      }
      if (cause instanceof AccessDeniedException denied) {
        return "permission denied: " + denied.getFile() + "; check its owner and mode";
      }
    }
    if ((e instanceof java.io.IOException || e instanceof IllegalArgumentException) && e.getMessage() != null) {
      // Our own I/O failures and bad settings carry a sentence that says what to do.
      return e.getMessage();
    }
    return e + " (run again with --verbose for the details)";
  }
}
