package org.confidant.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.confidant.identity.IdentityProviderProbe;

/** Keycloak answers its OpenID discovery document: without it nobody can log in. */
@ApplicationScoped
public class IdentityProviderReadiness implements DependencyProbe {

  @Inject IdentityProviderProbe identityProvider;

  @Override
  public String name() {
    return "identity-provider";
  }

  @Override
  public String problem() {
    return identityProvider.problem();
  }
}
