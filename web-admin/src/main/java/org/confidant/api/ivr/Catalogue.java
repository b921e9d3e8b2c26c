package org.confidant.api.ivr;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A configuration catalogue (named for messages) and its operations, as {@link CatalogueResource} calls them. A
 * replacement's draft carries the version it was based on; a delete needs none.
 */
public record Catalogue<D, V>(
    String what,
    Supplier<List<V>> list,
    Function<UUID, V> get,
    Function<D, V> create,
    BiFunction<UUID, D, V> update,
    Consumer<UUID> delete,
    Function<V, UUID> id) {}
