package org.confidant.api.connectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorSpec;

/** A connector to register (the callback URL's scheme is checked by the registry: https, or http on loopback). */
public record ConnectorRegistration(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and ._:- only")
        String clientId,
    @NotBlank @Size(max = 2048) String callbackUrl,
    @NotNull Set<CommandType> commands) {

  ConnectorSpec toSpec() {
    return new ConnectorSpec(name.strip(), clientId, callbackUrl, commands);
  }
}
