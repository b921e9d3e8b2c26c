package org.confidant.events.consuming;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Remembers which events each consumer has handled, in the consumer's own transaction: a redelivered event is
 * recognised and skipped, and if the consumer's work rolls back, so does the record, and the redelivery is handled
 * afresh. Table {@code processed_event} (db-migrations V2).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeliveryLedger {

  private static final String RECORD = "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)"
      + " ON CONFLICT DO NOTHING";

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  /** True the first time this consumer sees the event; false for every redelivery. */
  public boolean firstDelivery(String consumer, UUID eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RECORD)) {
      insert.setString(1, consumer);
      insert.setObject(2, eventId);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not record delivery of " + eventId + " to " + consumer, e);
    }
  }
}
