/** Agents: who takes calls, their skills and proficiencies, and (with the CTI core) their state. */
package org.confidant.agents;
