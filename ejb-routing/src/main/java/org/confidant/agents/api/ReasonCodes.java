package org.confidant.agents.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * The reason codes agents give for not being ready or logging out. Admins change them; supervisors read them.
 * Refusals are the configuration API's ({@code org.confidant.routing.api}: conflict, stale, unknown).
 */
@Local
public interface ReasonCodes {

  /** Every code, by code. */
  List<ReasonCodeView> allReasonCodes();

  ReasonCodeView reasonCode(UUID id);

  ReasonCodeView create(ReasonCodeDraft draft);

  ReasonCodeView update(UUID id, ReasonCodeDraft draft);

  /** Built-in codes cannot be deleted; deactivate a custom code instead to keep it out of agents' choices. */
  void delete(UUID id);
}
