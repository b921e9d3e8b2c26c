/**
 * The screen pop: when routing offers a call to an agent, what the agent's desktop shows before they answer — who
 * is calling (one contact, a pick list, or an unknown caller), their open cases, their last five interactions, the
 * caller's IVR choices, the wait, and the notes earlier agents wrote on the call. Masked for the agent role, every
 * contact shown audited. See docs/screen-pop.md.
 */
package org.confidant.screenpop;
