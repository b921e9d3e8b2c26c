package org.confidant.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.confidant.identity.Roles;

/** The signed-in user as the console shows them. */
@Named
@RequestScoped
public class ConsoleUser {

  @Inject ExternalContext externalContext;

  public String getUsername() {
    return externalContext.getUserPrincipal().getName();
  }

  public List<String> getRoles() {
    return Roles.ALL.stream().filter(externalContext::isUserInRole).sorted().toList();
  }

  public String getRolesText() {
    return String.join(", ", getRoles());
  }
}
