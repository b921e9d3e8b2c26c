package org.confidant.events.publishing;

/** The topics events are published on (see {@link org.confidant.events.broker.Destinations}). */
public enum Channel {
  CALLS, AGENTS, ROUTING, SECURITY
}
