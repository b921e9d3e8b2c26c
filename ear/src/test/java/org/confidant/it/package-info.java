/** Integration tests against the real server: managed WildFly, PostgreSQL, Keycloak and headless Chromium. */
package org.confidant.it;
