package org.confidant.desk.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A transfer: BLIND (the agent leaves at once) or WARM (the agent talks to the target first). */
public record TransferRequest(
    @NotNull @Pattern(regexp = "BLIND|WARM", message = "must be BLIND or WARM") String mode,
    @NotNull @Valid TransferTarget target) {}
