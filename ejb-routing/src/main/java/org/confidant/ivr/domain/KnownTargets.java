package org.confidant.ivr.domain;

import java.util.Set;
import java.util.UUID;

/** The queues, skills and calendars that exist, so a route or an hours check cannot point at nothing. */
public interface KnownTargets {

  boolean hasQueue(UUID queueId);

  boolean hasSkill(UUID skillId);

  boolean hasCalendar(UUID calendarId);

  /** For checks of a tree's own structure only. */
  static KnownTargets anything() {
    return of(null, null, null);
  }

  /** A null set stands for "anything". */
  static KnownTargets of(Set<UUID> queues, Set<UUID> skills, Set<UUID> calendars) {
    return new KnownTargets() {
      @Override
      public boolean hasQueue(UUID queueId) {
        return queues == null || queues.contains(queueId);
      }

      @Override
      public boolean hasSkill(UUID skillId) {
        return skills == null || skills.contains(skillId);
      }

      @Override
      public boolean hasCalendar(UUID calendarId) {
        return calendars == null || calendars.contains(calendarId);
      }
    };
  }
}
