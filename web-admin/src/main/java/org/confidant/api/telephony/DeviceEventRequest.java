package org.confidant.api.telephony;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A telephony system reports an agent's phone registering or unregistering. */
public record DeviceEventRequest(
    @NotNull @Pattern(regexp = "[0-9A-Za-z*#+._-]{1,32}", message = "1-32 dial characters") String extension,
    @NotNull @Pattern(regexp = "REGISTERED|UNREGISTERED", message = "must be REGISTERED or UNREGISTERED")
        String state) {

  boolean registered() {
    return "REGISTERED".equals(state);
  }
}
