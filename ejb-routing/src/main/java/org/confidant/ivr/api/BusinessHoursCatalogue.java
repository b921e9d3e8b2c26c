package org.confidant.ivr.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/** The business-hours calendars IVR trees consult; validated, audited and optimistically locked like the trees. */
@Local
public interface BusinessHoursCatalogue {

  /** Every calendar, by name. */
  List<BusinessHoursView> calendars();

  BusinessHoursView calendar(UUID id);

  BusinessHoursView create(BusinessHoursDraft draft);

  /** Replaces the calendar whole; the draft's version must be the stored one. */
  BusinessHoursView update(UUID id, BusinessHoursDraft draft);

  /** Refused with {@link ConfigurationConflict} while a tree's hours check names the calendar. */
  void delete(UUID id);
}
