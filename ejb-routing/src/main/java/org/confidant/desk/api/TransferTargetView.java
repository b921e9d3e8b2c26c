package org.confidant.desk.api;

import java.util.UUID;

/** An agent or a queue an agent may transfer to: kind AGENT (with its presence state) or QUEUE. */
public record TransferTargetView(String kind, UUID id, String name, String state) {}
