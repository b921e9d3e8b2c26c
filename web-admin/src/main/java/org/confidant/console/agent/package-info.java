/**
 * The agent desktop's push channel: a WebSocket per signed-in agent that receives a SNAPSHOT when it opens, the
 * OFFER of a call with its screen pop before the agent answers, CALL state changes and PRESENCE changes — driven by
 * the routing, agents and calls topics (docs/screen-pop.md). Server to client only.
 */
package org.confidant.console.agent;
