package org.confidant.api.ivr;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confidant.ivr.api.BusinessHoursCatalogue;
import org.confidant.ivr.api.BusinessHoursDraft;
import org.confidant.ivr.api.BusinessHoursView;
import org.confidant.ivr.api.IvrCatalogue;
import org.confidant.ivr.api.IvrTreeDraft;
import org.confidant.ivr.api.IvrTreeView;

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
    Function<V, UUID> id) {

  /** The business-hours calendars, as the REST resource and the console page both use them. */
  public static Catalogue<BusinessHoursDraft, BusinessHoursView> of(BusinessHoursCatalogue calendars) {
    return new Catalogue<>("business-hours calendar", calendars::calendars, calendars::calendar,
        calendars::create, calendars::update, calendars::delete, BusinessHoursView::id);
  }

  /** The IVR trees, as the REST resource and the console page both use them. */
  public static Catalogue<IvrTreeDraft, IvrTreeView> of(IvrCatalogue trees) {
    return new Catalogue<>("IVR tree", trees::trees, trees::tree, trees::create, trees::update, trees::delete,
        IvrTreeView::id);
  }
}
