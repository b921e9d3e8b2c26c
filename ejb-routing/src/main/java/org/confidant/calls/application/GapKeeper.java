package org.confidant.calls.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 5 seconds, gives up the gaps in calls' event sequences that stayed open longer than
 * {@code confidant.calls.gap-patience} (env {@code CONFIDANT_CALLS_GAP_PATIENCE}, ISO-8601, default 30 s), so a
 * telephony source that lost an event cannot leave a call stuck behind it. Lost events are counted on the call.
 */
@Singleton
public class GapKeeper {

  @EJB CallLedger ledger;

  @Inject
  @ConfigProperty(name = "confidant.calls.gap-patience", defaultValue = "PT30S")
  String patience;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "give up stale event gaps")
  void giveUpStaleGaps() {
    ledger.callsWithStaleGaps(Duration.parse(patience)).forEach(ledger::giveUpGap);
  }
}
