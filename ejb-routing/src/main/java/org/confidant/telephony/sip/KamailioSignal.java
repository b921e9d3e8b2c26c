package org.confidant.telephony.sip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.api.TelephonyEvent;

/**
 * One message from Kamailio (telephony/kamailio/kamailio.cfg, route EVENT and the registrar): a call event
 * ({@code kind} "call": Confidant's call id, which Kamailio draws per SIP call, the event's sequence in the call, the
 * time as {@code <seconds>.<microseconds>}, type and detail), a phone's registration ({@code kind} "device"), or the
 * link's heartbeat.
 */
public record KamailioSignal(
    String kind, UUID callId, Long sequence, String at, String type, String detail, String extension,
    Boolean registered) {

  public boolean isCall() {
    return "call".equals(kind);
  }

  public boolean isDevice() {
    return "device".equals(kind);
  }

  public boolean isHeartbeat() {
    return "heartbeat".equals(kind);
  }

  /** The call event, as a connector would post it; an empty detail is none. */
  public TelephonyEvent toEvent() {
    if (!isCall() || callId == null || sequence == null || type == null || at == null) {
      throw new IllegalArgumentException("not a complete call event");
    }
    return new TelephonyEvent(callId, sequence, instant(at), type,
        detail == null || detail.isBlank() ? null : detail);
  }

  /** Kamailio's {@code $TV(Sn)}: seconds and microseconds since the epoch. */
  static Instant instant(String secondsDotMicros) {
    BigDecimal seconds = new BigDecimal(secondsDotMicros);
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Instant.ofEpochSecond(whole, nanos);
  }
}
