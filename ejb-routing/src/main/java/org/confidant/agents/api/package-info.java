/** What the web edge may use of agents: presence views and changes. */
package org.confidant.agents.api;
