package org.confidant.interactions.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.confidant.routing.api.Revision;

/**
 * A subscription as an admin creates or replaces it: the URL events are POSTed to (https, or http only on
 * loopback), the event types wanted, active (default true). An update carries the version it loaded.
 */
public record WebhookSubscriptionDraft(
    @NotNull @Size(max = 2048) String url,
    @NotEmpty @Size(max = 8) List<@NotNull @Pattern(regexp = "InteractionCompleted|InteractionUpdated") String>
        eventTypes,
    Boolean active,
    @NotNull(groups = Revision.class) Long version) {

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
