package org.confidant.routing.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * The configured queues. Changes are validated ({@link InvalidConfiguration}), audited, and reach the live router
 * once they commit.
 */
@Local
public interface QueueDirectory {

  /** Every queue, highest priority first, then by name. */
  List<QueueView> allQueues();

  QueueView queue(UUID id);

  QueueView create(QueueDraft draft);

  /** Replaces the queue whole; refused with {@link StaleConfiguration} if the version moved on. */
  QueueView update(UUID id, QueueDraft draft);

  /** Refused with {@link ConfigurationConflict} while calls wait in it or another queue overflows to it. */
  void delete(UUID id);
}
