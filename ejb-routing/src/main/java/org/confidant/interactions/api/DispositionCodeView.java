package org.confidant.interactions.api;

import java.util.UUID;

public record DispositionCodeView(UUID id, String code, String label, boolean active, long version) {}
