/** The scheduled import of the identity provider's login events into the audit trail, and its status. */
package org.confidant.audit.logins.application;
