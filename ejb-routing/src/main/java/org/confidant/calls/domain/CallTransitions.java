package org.confidant.calls.domain;

import static org.confidant.calls.domain.CallState.ABANDONED;
import static org.confidant.calls.domain.CallState.CONFERENCE;
import static org.confidant.calls.domain.CallState.CONNECTED;
import static org.confidant.calls.domain.CallState.ENDED;
import static org.confidant.calls.domain.CallState.HELD;
import static org.confidant.calls.domain.CallState.IVR;
import static org.confidant.calls.domain.CallState.OFFERED;
import static org.confidant.calls.domain.CallState.QUEUED;
import static org.confidant.calls.domain.CallState.RINGING;
import static org.confidant.calls.domain.CallState.TRANSFERRED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.confidant.calls.domain.CallEvent.Type;

/** The call state machine's table: for each state, the events it accepts and where they lead. */
final class CallTransitions {

  private static final Map<CallState, Map<Type, CallState>> TABLE = new EnumMap<>(CallState.class);

  static {
    allow(OFFERED, Type.IVR_STARTED, IVR);
    allow(OFFERED, Type.QUEUED, QUEUED);
    allow(OFFERED, Type.RINGING, RINGING);
    allow(IVR, Type.DIGITS, IVR);
    allow(IVR, Type.QUEUED, QUEUED);
    allow(IVR, Type.RINGING, RINGING);
    allow(QUEUED, Type.QUEUED, QUEUED);
    allow(QUEUED, Type.RINGING, RINGING);
    allow(RINGING, Type.ANSWERED, CONNECTED);
    allow(RINGING, Type.QUEUED, QUEUED);
    allow(CONNECTED, Type.DIGITS, CONNECTED);
    allow(CONNECTED, Type.HELD, HELD);
    allow(CONNECTED, Type.TRANSFERRED, TRANSFERRED);
    allow(CONNECTED, Type.CONFERENCED, CONFERENCE);
    allow(HELD, Type.RESUMED, CONNECTED);
    allow(HELD, Type.TRANSFERRED, TRANSFERRED);
    allow(HELD, Type.CONFERENCED, CONFERENCE);
    allow(TRANSFERRED, Type.RINGING, RINGING);
    allow(TRANSFERRED, Type.QUEUED, QUEUED);
    allow(TRANSFERRED, Type.ANSWERED, CONNECTED);
    allow(CONFERENCE, Type.HELD, HELD);
    allow(CONFERENCE, Type.RESUMED, CONNECTED);
    allow(CONFERENCE, Type.TRANSFERRED, TRANSFERRED);
  }

  private CallTransitions() {}

  private static void allow(CallState from, Type event, CallState to) {
    TABLE.computeIfAbsent(from, state -> new EnumMap<>(Type.class)).put(event, to);
  }

  /** Where the event leads from the state, or empty when the state does not accept it. */
  static Optional<CallState> next(CallState from, CallEvent event) {
    if (from.isFinal()) {
      return Optional.empty();
    }
    if (event.type() == Type.ENDED) {
      boolean abandoned = from.isBeforeAnswer() && event.endCause() == EndCause.CALLER_HUNG_UP;
      return Optional.of(abandoned ? ABANDONED : ENDED);
    }
    return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(event.type()));
  }
}
