package org.confidant.reporting.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.UUID;

/** The Erlang C and Erlang A staffing calculators, and a forecast prefilled from history. */
@Local
public interface Staffing {

  StaffingAnswer erlangC(StaffingQuestion question);

  /** Needs the question's average patience. */
  StaffingAnswer erlangA(StaffingQuestion question);

  /**
   * The average calls and handle time of the same interval ({@code intervalStart}, {@code intervalSeconds} long)
   * in each of the {@code weeks} weeks before it, for one queue (or every queue when null), and the callers' mean
   * patience (null when nobody hung up).
   */
  StaffingQuestion fromHistory(UUID queueId, Instant intervalStart, int intervalSeconds, int weeks,
      double targetPercent, int targetSeconds);
}
