package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A problem found in a tree or a calendar: a stable code a client can act on (e.g. {@code DANGLING_BRANCH},
 * {@code LOOP_WITHOUT_EXIT}), the node it concerns (absent for the whole tree or a calendar) and a message.
 */
@JsonbPropertyOrder({"code", "nodeId", "message"})
public record ConfigurationIssue(String code, String nodeId, String message) {}
