package org.confidant.interactions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The disposition an agent gives a call: the code of an active disposition code. */
public record DispositionChoice(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code) {}
