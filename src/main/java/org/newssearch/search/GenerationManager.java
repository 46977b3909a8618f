package org.newssearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.search.ReferenceManager;
import org.newssearch.index.Generations;

/**
 * Lucene's {@link ReferenceManager} over the serving generation: a search takes the current
 * {@link IndexView} and gives it back; a refresh switches to a newly built generation, or to a new
 * commit of the same one, and the old view closes once its last search gives it back.
 * {@code SearcherManager} follows one directory; a rebuild writes a new one, hence this subclass.
 */
final class GenerationManager extends ReferenceManager<IndexView> {

  private final Generations generations;

  GenerationManager(Generations generations, IndexView first) {
    this.generations = generations;
    this.current = first;
  }

  @Override
  protected IndexView refreshIfNeeded(IndexView serving) throws IOException {
    Optional<Path> dir = generations.current();
    if (dir.isEmpty() || (dir.get().getFileName().toString().equals(serving.generation) && !serving.stale())) {
      return null;
    }
    return new IndexView(dir.get());
  }

  @Override
  protected boolean tryIncRef(IndexView view) {
    return view.tryIncRef();
  }

  @Override
  protected void decRef(IndexView view) throws IOException {
    view.decRef();
  }

  @Override
  protected int getRefCount(IndexView view) {
    return view.refCount();
  }
}
