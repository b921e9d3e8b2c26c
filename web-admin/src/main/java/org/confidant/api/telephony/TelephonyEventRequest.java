package org.confidant.api.telephony;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.api.TelephonyEvent;

/** A call event as posted by a telephony system; {@code routing} carries optional routing hints. */
public record TelephonyEventRequest(
    @NotNull UUID callId,
    @NotNull @Positive Long sequence,
    @NotNull Instant occurredAt,
    @NotNull @Pattern(regexp = "OFFERED|IVR_STARTED|DIGITS|QUEUED|RINGING|ANSWERED|HELD|RESUMED|TRANSFERRED"
        + "|CONFERENCED|ENDED", message = "must be a known call event type") String type,
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_#*+.-]*", message = "letters, digits and _#*+.- only")
        String detail,
    @Valid RoutingHintsRequest routing) {

  TelephonyEvent toEvent() {
    return new TelephonyEvent(callId, sequence, occurredAt, type, detail, routing == null ? null : routing.toHints());
  }
}
