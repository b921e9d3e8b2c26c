package org.confidant.identity;

import java.util.Set;

/** The realm roles of the {@code confidant} Keycloak realm, as used in {@code @RolesAllowed}. */
public final class Roles {

  public static final String AGENT = "agent";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";
  public static final String AUDITOR = "auditor";
  /** A telephony system (PBX, middleware) posting call events with its client credentials. */
  public static final String TELEPHONY = "telephony";

  public static final Set<String> ALL = Set.of(AGENT, SUPERVISOR, ADMIN, AUDITOR, TELEPHONY);

  private Roles() {}
}
