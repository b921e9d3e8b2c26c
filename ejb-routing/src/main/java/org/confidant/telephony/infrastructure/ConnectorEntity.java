package org.confidant.telephony.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.persistence.VersionedEntity;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorView;

/** A registered connector. Its signing secret leaves this class only to sign or verify, or once when issued. */
@Entity
@Table(name = "connector")
public class ConnectorEntity extends VersionedEntity {

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "callback_url", nullable = false, length = 2048)
  private String callbackUrl;

  @Column(nullable = false, length = 512)
  private String commands;

  @Column(name = "signing_secret", nullable = false, length = 64)
  private String signingSecret;

  @Column(nullable = false)
  private boolean active;

  protected ConnectorEntity() {}

  public ConnectorEntity(String name, String clientId, String callbackUrl, Set<CommandType> commands,
      String signingSecret) {
    super(UUID.randomUUID());
    this.name = name;
    this.clientId = clientId;
    this.signingSecret = signingSecret;
    this.active = true;
    change(callbackUrl, commands);
  }

  public final void change(String newCallbackUrl, Set<CommandType> newCommands) {
    this.callbackUrl = newCallbackUrl;
    this.commands = newCommands.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public void rotate(String newSecret) {
    this.signingSecret = newSecret;
  }

  public void deactivate() {
    this.active = false;
  }

  public boolean isActive() {
    return active;
  }

  public String signingSecret() {
    return signingSecret;
  }

  public String callbackUrl() {
    return callbackUrl;
  }

  /** Every connector answers a {@link CommandType#PING}; other types only if declared. */
  public boolean supports(CommandType type) {
    return type == CommandType.PING || commandTypes().contains(type);
  }

  public ConnectorView toView() {
    return new ConnectorView(getId(), name, clientId, callbackUrl, List.copyOf(commandTypes()), active, getVersion());
  }

  private Set<CommandType> commandTypes() {
    Set<CommandType> types = EnumSet.noneOf(CommandType.class);
    Arrays.stream(commands.split(",")).filter(name -> !name.isEmpty()).map(CommandType::valueOf).forEach(types::add);
    return types;
  }
}
