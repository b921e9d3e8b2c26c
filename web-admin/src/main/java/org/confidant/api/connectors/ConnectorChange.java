package org.confidant.api.connectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.confidant.telephony.api.CommandType;

/** A connector's new callback and commands, made against the version the admin read (optimistic locking). */
public record ConnectorChange(
    @NotNull @PositiveOrZero Long version,
    @NotBlank @Size(max = 2048) String callbackUrl,
    @NotNull Set<CommandType> commands) {}
