/** What the web edge may use of agents: presence views and changes, reason codes. */
package org.confidant.agents.api;
