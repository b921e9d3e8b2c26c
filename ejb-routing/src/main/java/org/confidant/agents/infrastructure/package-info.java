/** JPA mappings of the agent tables. */
package org.confidant.agents.infrastructure;
