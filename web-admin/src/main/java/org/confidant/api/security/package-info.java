/**
 * Access to the API: authenticated by the bearer token the elytron-oidc-client subsystem has verified, then
 * authorised per resource method. Deny by default: a method that names no roles is refused.
 */
package org.confidant.api.security;
