package org.confidant.audit.logins.infrastructure;

/**
 * A realm's endpoints from its OIDC provider URL ({@code http://host:port/realms/confidant}): the token endpoint and
 * the admin API base ({@code http://host:port/admin/realms/confidant}).
 */
record RealmUrls(String server, String realm) {

  static RealmUrls of(String providerUrl) {
    String trimmed = providerUrl.endsWith("/") ? providerUrl.substring(0, providerUrl.length() - 1) : providerUrl;
    int at = trimmed.lastIndexOf("/realms/");
    if (at < 0) {
      throw new IllegalArgumentException("not a Keycloak realm URL: " + providerUrl);
    }
    return new RealmUrls(trimmed.substring(0, at), trimmed.substring(at + "/realms/".length()));
  }

  String tokenEndpoint() {
    return server + "/realms/" + realm + "/protocol/openid-connect/token";
  }

  String adminBase() {
    return server + "/admin/realms/" + realm;
  }
}
