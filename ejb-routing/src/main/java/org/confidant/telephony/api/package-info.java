/** What the edges may call: the simulator's controls. */
package org.confidant.telephony.api;
