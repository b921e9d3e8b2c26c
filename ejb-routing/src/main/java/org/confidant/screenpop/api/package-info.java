/**
 * The agent desktop's contract with the web tier: an agent's calls as their desktop shows them, each with its screen
 * pop, already masked for the agent role. The JSON shape is docs/screen-pop.md's frame contract.
 */
package org.confidant.screenpop.api;
