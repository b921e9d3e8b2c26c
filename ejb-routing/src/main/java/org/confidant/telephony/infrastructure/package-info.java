/** JPA mappings of connectors and their command outbox, and the HTTP client that delivers commands. */
package org.confidant.telephony.infrastructure;
