package org.confidant.api.ivr;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** A configuration catalogue (named for messages) and its operations, as {@link CatalogueResource} calls them. */
public record Catalogue<D, V>(
    String what,
    Supplier<List<V>> list,
    Function<UUID, V> get,
    Function<D, V> create,
    Update<D, V> update,
    Delete delete,
    Function<V, UUID> id,
    ToLongFunction<V> version) {

  /** Replaces what the version names. */
  @FunctionalInterface
  public interface Update<D, V> {
    V update(UUID id, long expectedVersion, D draft);
  }

  /** Deletes what the version names. */
  @FunctionalInterface
  public interface Delete {
    void delete(UUID id, long expectedVersion);
  }
}
