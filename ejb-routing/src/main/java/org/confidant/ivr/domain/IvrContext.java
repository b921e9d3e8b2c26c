package org.confidant.ivr.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a call's walk through a tree depends on besides the caller's keys: the time (for hours checks), whether the
 * site's emergency flag is set, and the calendars. A calendar the tree names but the context lacks counts as closed.
 */
public record IvrContext(Instant now, boolean emergency, Map<UUID, BusinessHours> calendars) {

  public IvrContext {
    Objects.requireNonNull(now, "now");
    calendars = Map.copyOf(calendars);
  }

  public boolean isOpen(UUID calendarId) {
    BusinessHours calendar = calendars.get(calendarId);
    return calendar != null && calendar.isOpen(now);
  }
}
