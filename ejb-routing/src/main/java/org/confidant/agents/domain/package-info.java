/** The agent state machine: logged out, available, reserved, on call, wrap-up, not ready — in plain Java. */
package org.confidant.agents.domain;
