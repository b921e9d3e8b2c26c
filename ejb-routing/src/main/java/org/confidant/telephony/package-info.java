/** Telephony connectors: where call events come from and where call commands go. */
package org.confidant.telephony;
