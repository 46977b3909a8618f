package org.newssearch.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one ingestion run produced, collected for assertions. */
final class Ingested implements Ingestor.Sink {

  final List<Article> articles = new ArrayList<>();
  final List<Article> duplicates = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  static Ingested of(Path... inputs) {
    Ingested result = new Ingested();
    new Ingestor().ingest(List.of(inputs), result);
    return result;
  }

  static Path seeds() {
    return Path.of("sample-data");
  }

  Article byFilePrefix(String prefix) {
    return articles.stream().filter(a -> a.file().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no article from " + prefix + " in " + articles));
  }

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void duplicate(Article article, String firstId) {
    duplicates.add(article);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }
}
