package org.confidant.console.wallboard;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A change on the floor heard from a topic: the wallboard pushes soon. The message itself is not read — the push
 * takes a fresh snapshot — so any event on the topic will do. Subclasses name the topic.
 */
abstract class FloorChangeListener implements MessageListener {

  @Inject WallboardHub hub;

  @Override
  public void onMessage(Message message) {
    hub.changed();
  }
}
