package org.confidant.ivr.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * The IVR trees, for supervisors and admins. Every save is validated (all errors at once, as
 * {@link InvalidConfiguration}) and audited; changes name the version they were based on, and a stale one fails with
 * {@link StaleConfiguration} instead of overwriting someone else's change.
 */
@Local
public interface IvrCatalogue {

  /** Every tree, by name. */
  List<IvrTreeView> trees();

  IvrTreeView tree(UUID id);

  IvrTreeView create(IvrTreeDraft draft);

  IvrTreeView update(UUID id, long expectedVersion, IvrTreeDraft draft);

  void delete(UUID id, long expectedVersion);
}
