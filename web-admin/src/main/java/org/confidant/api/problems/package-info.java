/**
 * RFC 9457 problem details: the one shape every API error takes. Clients get a type, a title and a status they can
 * act on; internals (class names, stack traces, SQL) stay in the server log under an incident id.
 */
package org.confidant.api.problems;
