package org.confidant.console.wallboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.confidant.agents.api.AgentDesk;
import org.confidant.agents.api.PresenceChange;
import org.confidant.agents.api.PresenceChangeRefused;
import org.confidant.agents.api.PresenceView;
import org.confidant.agents.api.UnknownAgent;

/**
 * Backs the wallboard's supervisor actions: force an agent not ready (reason SUPERVISOR) or log them out, through
 * the agent desk the REST API uses (same rules, same audit entries). The board itself arrives over the socket.
 */
@Named
@RequestScoped
public class WallboardConsole {

  @EJB AgentDesk desk;

  @Inject FacesContext faces;

  private String agentId;

  public void forceNotReady() {
    change("NOT_READY", "forced not ready (takes effect after the call work, if any)");
  }

  public void logOut() {
    change("LOGGED_OUT", "logged out");
  }

  private void change(String state, String done) {
    UUID agent = agentIdOrNull();
    if (agent == null) {
      tell(FacesMessage.SEVERITY_ERROR, "Choose an agent on the board.");
      return;
    }
    try {
      PresenceView after = desk.changePresence(agent, new PresenceChange(state, null));
      tell(FacesMessage.SEVERITY_INFO, after.displayName() + " " + done + ".");
    } catch (PresenceChangeRefused | UnknownAgent refused) {
      tell(FacesMessage.SEVERITY_WARN, refused.getMessage());
    }
  }

  private UUID agentIdOrNull() {
    try {
      return agentId == null ? null : UUID.fromString(agentId);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private void tell(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getAgentId() {
    return agentId;
  }

  public void setAgentId(String agentId) {
    this.agentId = agentId;
  }
}
