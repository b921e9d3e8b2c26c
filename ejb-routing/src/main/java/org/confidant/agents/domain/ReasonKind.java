package org.confidant.agents.domain;

/** What a reason code explains: why an agent is not ready, or why they logged out. */
public enum ReasonKind {
  NOT_READY,
  LOGOUT
}
