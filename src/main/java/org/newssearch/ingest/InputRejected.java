package org.newssearch.ingest;

import java.io.IOException;

/** An input that is readable but not acceptable; its message is the reject reason as reports show it. */
final class InputRejected extends IOException {

  InputRejected(String reason) {
    super(reason);
  }
}
