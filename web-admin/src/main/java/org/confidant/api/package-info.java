/** The REST API under {@code /api/v1}: bearer tokens from Keycloak, RFC 9457 problem details for every error. */
package org.confidant.api;
