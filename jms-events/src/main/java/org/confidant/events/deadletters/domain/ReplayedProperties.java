package org.confidant.events.deadletters.domain;

/**
 * Which message properties a replay carries over: the application's ({@code eventId}, {@code eventType} and any
 * other), so consumers select and deduplicate the replay exactly like the original; not the broker's bookkeeping
 * ({@code _AMQ_*}, {@code __AMQ_CID}: original address, queue, routing, publishing connection) nor the provider's ({@code JMSX*}, {@code JMS_*}), which the
 * broker sets afresh on the new message.
 */
public final class ReplayedProperties {

  private ReplayedProperties() {}

  public static boolean carriedOver(String propertyName) {
    return !propertyName.startsWith("_") && !propertyName.startsWith("JMSX") && !propertyName.startsWith("JMS_");
  }
}
