package org.confidant.ivr.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * The IVR trees, for supervisors and admins. Every save is validated (all errors at once, as
 * {@link InvalidConfiguration}) and audited; a replacement names, in its draft, the version it was based on, and a
 * stale one fails with {@link StaleConfiguration} instead of overwriting someone else's change.
 */
@Local
public interface IvrCatalogue {

  /** Every tree, by name. */
  List<IvrTreeView> trees();

  IvrTreeView tree(UUID id);

  IvrTreeView create(IvrTreeDraft draft);

  /** Replaces the tree whole; the draft's version must be the stored one. */
  IvrTreeView update(UUID id, IvrTreeDraft draft);

  void delete(UUID id);
}
