/**
 * The connectors' edges inside the server: the registry, the admission and idempotent intake of their events,
 * and the command outbox with its delivery worker.
 */
package org.confidant.telephony.application;
