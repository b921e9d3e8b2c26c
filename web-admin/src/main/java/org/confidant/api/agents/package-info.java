/** Agents over REST: their own presence, the floor for supervisors, and their skills for supervisors and admins. */
package org.confidant.api.agents;
