/**
 * Login events as the identity provider reports them, and how each becomes an audit entry: which are recorded
 * (logins, logouts, failed and refused logins, second-factor changes, lockouts), under which action and outcome, and
 * how an import remembers what it already took so that no event is recorded twice.
 */
package org.confidant.audit.logins.domain;
