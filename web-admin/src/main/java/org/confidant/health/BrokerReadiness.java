package org.confidant.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.confidant.events.broker.BrokerConnectivity;

/** The embedded Artemis broker accepts a session on the event topics. */
@ApplicationScoped
public class BrokerReadiness implements DependencyProbe {

  @EJB BrokerConnectivity broker;

  @Override
  public String name() {
    return "broker";
  }

  @Override
  public String problem() {
    return broker.problem();
  }
}
