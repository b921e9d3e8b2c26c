package org.confidant.routing.api;

import jakarta.ejb.Local;
import java.util.List;

/** Read access to the configured queues. */
@Local
public interface QueueDirectory {

  /** Every queue, highest priority first, then by name. */
  List<QueueView> allQueues();
}
