package org.newssearch.outlets;

import java.io.IOException;

/** A registry file that cannot be read: the message names the file, the line, what is wrong and what is accepted. */
public final class OutletFileException extends IOException {

  OutletFileException(String message) {
    super(message);
  }
}
