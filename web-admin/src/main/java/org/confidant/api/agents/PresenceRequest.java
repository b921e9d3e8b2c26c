package org.confidant.api.agents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.confidant.agents.api.PresenceChange;

/** The presence an agent (or a supervisor, for an agent) asks for. */
public record PresenceRequest(
    @NotNull @Pattern(regexp = "AVAILABLE|NOT_READY|LOGGED_OUT", message = "must be AVAILABLE, NOT_READY or LOGGED_OUT")
        String state,
    @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "1-32 capital letters, digits or _") String reasonCode) {

  PresenceChange toChange() {
    return new PresenceChange(state, reasonCode);
  }
}
