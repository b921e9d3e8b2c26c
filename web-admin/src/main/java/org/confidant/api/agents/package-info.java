/** Agents' presence over REST: the agent's own, and the floor for supervisors. */
package org.confidant.api.agents;
