/** The Jakarta Faces console for supervisors, admins and auditors (OIDC login with TOTP). */
package org.confidant.console;
