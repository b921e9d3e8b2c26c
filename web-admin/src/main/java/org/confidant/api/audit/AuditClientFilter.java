package org.confidant.api.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.confidant.audit.AuditClient;

/**
 * Gives the audit trail the client address of every request (REST and console alike). Behind a reverse proxy this
 * is the proxy's address unless WildFly's {@code proxy-address-forwarding} is on (docs/audit.md).
 */
@WebFilter(urlPatterns = "/*")
public class AuditClientFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditClient client;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    client.address(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
