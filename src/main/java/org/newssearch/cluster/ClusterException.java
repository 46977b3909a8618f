package org.newssearch.cluster;

import java.io.IOException;

/** A failure to talk to the OpenSearch cluster, said as one sentence with what to do. */
public final class ClusterException extends IOException {

  public ClusterException(String sentence) {
    super(sentence);
  }

  public ClusterException(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
