package org.confidant.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the request being served, for the audit entries it records. The web tier sets it when a
 * request comes in; timers and message consumers have none.
 */
@RequestScoped
public class AuditClient {

  private String address;

  public String address() {
    return address;
  }

  public void address(String clientAddress) {
    this.address = clientAddress;
  }
}
