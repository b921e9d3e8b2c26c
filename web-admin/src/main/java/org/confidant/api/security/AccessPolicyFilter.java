package org.confidant.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.confidant.api.problems.Problems;

/** Applies {@link AccessPolicy} to every API request before the resource method runs. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessPolicyFilter implements ContainerRequestFilter {

  static final String BEARER_CHALLENGE = "Bearer realm=\"confidant\"";

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    boolean authenticated = security != null && security.getUserPrincipal() != null;
    URI path = request.getUriInfo().getRequestUri();
    switch (AccessPolicy.decide(
        resourceInfo.getResourceMethod(), authenticated, role -> authenticated && security.isUserInRole(role))) {
      case ALLOW -> { }
      case UNAUTHENTICATED -> request.abortWith(
          Response.fromResponse(Problems.unauthenticated().at(path).toResponse())
              .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
              .build());
      case FORBIDDEN -> request.abortWith(Problems.forbidden().at(path).toResponse());
    }
  }
}
