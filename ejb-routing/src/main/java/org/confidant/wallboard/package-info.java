/**
 * The live wallboard: the floor as of now and so far today, per queue and per agent, for supervisors. Historical
 * reports are the reporting package's; this one answers "what is happening right now".
 */
package org.confidant.wallboard;
