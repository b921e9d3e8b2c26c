/**
 * Who the caller is: the roles Confidant knows and the identity provider (Keycloak) they come from. Every EJB and
 * resource method names the roles it allows with these constants; what is not named is denied.
 */
package org.confidant.identity;
