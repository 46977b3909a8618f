/**
 * The OpenSearch backend: the same search on a cluster with the newssearch plugin
 * ({@code --backend opensearch --opensearch http://host:9200[,…]}).
 *
 * <p>{@link org.newssearch.cluster.OpenSearchClient} speaks JSON over HTTP to the nodes given, one
 * after the other when one is down. {@link org.newssearch.cluster.ClusterCheck} says in one sentence
 * why a cluster cannot be used (down, no plugin or another version of it, no index, a mapping of an
 * older build). {@link org.newssearch.cluster.ClusterIndexer} rebuilds: the embedded build reads the
 * inputs into a staging generation (the same articles, copy groups, rejects and report), which is
 * loaded into a new index {@code newssearch-<n>} made from {@code opensearch/index-template.json};
 * the alias {@code newssearch} then moves to it in one request ({@link org.newssearch.cluster.ClusterIndexes}).
 * {@link org.newssearch.cluster.OpenSearchBackend} answers the web layer's
 * {@link org.newssearch.search.SearchBackend} calls with the plugin's {@code newssearch_query}; the
 * JSON it sends is built in {@link org.newssearch.cluster.ClusterRequests} and read back in
 * {@link org.newssearch.cluster.ClusterResults}.
 *
 * <p>To support one more feature on the cluster: build its request in {@code ClusterRequests} (with
 * its exact JSON in {@code ClusterRequestsTest}), read the answer in {@code ClusterResults}, call
 * them from {@code OpenSearchBackend}, and add its queries to the cross-backend test
 * ({@code src/opensearch}, {@code CrossBackendIT}).
 */
package org.newssearch.cluster;
