package org.confidant.api.legalholds;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.confidant.recordings.domain.HoldSubject;

/** A hold to place: on a contact, case, matter or call, by id, with a reference (docket or ticket number, no PHI). */
public record LegalHoldRequest(
    @NotNull HoldSubject.Kind subjectType,
    @NotNull UUID subjectId,
    @Size(max = 128) @Pattern(regexp = "[\\w./:# -]*", message = "must be a docket or ticket reference")
    String reference) {

  HoldSubject subject() {
    return new HoldSubject(subjectType, subjectId);
  }
}
