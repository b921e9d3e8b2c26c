package org.confidant.contacts.domain;

import java.util.Set;
import org.confidant.access.MaskingPolicy;
import org.confidant.identity.Roles;

/**
 * Who opens a contact's record routinely. Supervisors oversee every record. An agent works on the records their
 * work brings them: contacts they registered, and contacts with an open case owned by them or by their team. Any
 * other record an agent opens only by breaking the glass — stating a reason, which stays valid for a short while so
 * that the contact, its cases and its notes can be read under the one reason.
 */
public final class RoutineAccess {

  private final MaskingPolicy policy;

  public RoutineAccess(MaskingPolicy policy) {
    this.policy = policy;
  }

  /**
   * @param reason the reason stated with this request, or null
   */
  public AccessDecision decide(Set<String> roles, AccessFacts facts, BreakGlassReason reason) {
    if (!policy.mayReadPhi(roles)) {
      return AccessDecision.REFUSED;
    }
    if (roles.contains(Roles.SUPERVISOR) || facts.registeredByUser() || facts.openCaseOfUserOrTeam()) {
      return AccessDecision.ROUTINE;
    }
    return reason != null || facts.recentBreakGlass() ? AccessDecision.BREAK_GLASS : AccessDecision.REASON_REQUIRED;
  }
}
