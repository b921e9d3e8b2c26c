package org.confidant.telephony.api;

/** A connector with its signing secret: answered once, when the secret is issued (creation or rotation). */
public record ConnectorCredentials(ConnectorView connector, String signingSecret) {

  @Override
  public String toString() {
    return "ConnectorCredentials[connector=" + connector + ", signingSecret=(hidden)]";
  }
}
