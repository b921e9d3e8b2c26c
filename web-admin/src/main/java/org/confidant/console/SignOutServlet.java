package org.confidant.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.confidant.identity.IdentityProviderProbe;

/**
 * Signs the user out of the console and then out of Keycloak (OpenID Connect RP-initiated logout), so the next
 * visit asks for password and code again instead of silently reusing the single sign-on session.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

  static final String CLIENT_ID = "confidant-console";

  @Inject IdentityProviderProbe identityProvider;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(endSessionUrl(identityProvider.providerUrl(), publicOrigin(request) + "/signed-out.xhtml"));
  }

  static String endSessionUrl(String providerUrl, String postLogoutRedirect) {
    return providerUrl + "/protocol/openid-connect/logout?client_id=" + CLIENT_ID
        + "&post_logout_redirect_uri=" + URLEncoder.encode(postLogoutRedirect, StandardCharsets.UTF_8);
  }

  private static String publicOrigin(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
        + request.getContextPath();
  }
}
