package org.confidant.calls.domain;

/** Why a call ended. */
public enum EndCause {
  CALLER_HUNG_UP, AGENT_HUNG_UP, TRANSFERRED_AWAY, VOICEMAIL, CALLBACK_SCHEDULED, NO_ANSWER, BUSY, FAILED
}
