package org.confidant.interactions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.confidant.routing.api.Revision;

/**
 * A disposition code as a client creates or replaces it: code (capitals, digits, _), label, active (default true;
 * an inactive code stays on past interactions but agents cannot choose it). An update carries the version it loaded.
 */
public record DispositionCodeDraft(
    @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
    @NotBlank @Size(max = 128) String label,
    Boolean active,
    @NotNull(groups = Revision.class) Long version) {

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
