package org.confidant.interactions.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/** The disposition codes agents choose from. Admins change them; supervisors and agents read them. */
@Local
public interface DispositionCodes {

  List<DispositionCodeView> allDispositionCodes();

  DispositionCodeView dispositionCode(UUID id);

  DispositionCodeView create(DispositionCodeDraft draft);

  DispositionCodeView update(UUID id, DispositionCodeDraft draft);

  void delete(UUID id);
}
