/**
 * What the edges may call about telephony: the simulator's controls, the connector registry, the intake of
 * connectors' events (signature and idempotency) and the commands sent back to connectors.
 */
package org.confidant.telephony.api;
