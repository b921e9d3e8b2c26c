/**
 * The auditor's console pages: search the trail, a resource's access timeline, signed exports (a ZIP of the file,
 * its detached Ed25519 signature and the public key) and the login-event import's status. Role auditor only.
 */
package org.confidant.console.audit;
