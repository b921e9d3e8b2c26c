/** Calls: what a call went through, phase by phase, from offer to end. */
package org.confidant.calls;
