package org.confidant.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignOutServletTest {

  @Test
  void endsTheKeycloakSessionAndComesBackToTheSignedOutPage() {
    String url = SignOutServlet.endSessionUrl("https://sso.example/realms/confidant",
        "https://confidant.example:8443/signed-out.xhtml");

    assertThat(url).isEqualTo("https://sso.example/realms/confidant/protocol/openid-connect/logout"
        + "?client_id=confidant-console"
        + "&post_logout_redirect_uri=https%3A%2F%2Fconfidant.example%3A8443%2Fsigned-out.xhtml");
  }
}
