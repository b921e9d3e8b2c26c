/** The connector registry for admins: register, change, rotate secrets, deactivate, and the dead commands. */
package org.confidant.api.connectors;
