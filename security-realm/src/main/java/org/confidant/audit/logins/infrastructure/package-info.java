/** Keycloak's admin events API as a feed of identity events, and the import cursor's row. */
package org.confidant.audit.logins.infrastructure;
