package org.confidant.agents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.confidant.routing.api.Revision;

/**
 * A reason code as a client creates or replaces it: code (capitals, digits, _), label, kind NOT_READY or LOGOUT,
 * active (default true; an inactive code stays in history but agents cannot choose it). An update carries the
 * version it loaded.
 */
public record ReasonCodeDraft(
    @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
    @NotBlank @Size(max = 128) String label,
    @NotNull @Pattern(regexp = "NOT_READY|LOGOUT") String kind,
    Boolean active,
    @NotNull(groups = Revision.class) Long version) {

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
