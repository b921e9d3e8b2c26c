package org.confidant.desk.api;

import java.util.UUID;

/** The command sent (stored for delivery to the connector): its id, the call it is about, its type. */
public record CallCommandReceipt(UUID commandId, UUID callId, String type) {}
