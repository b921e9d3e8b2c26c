package org.confidant.ivr.api;

import jakarta.validation.constraints.Size;

/** A key of a menu (0-9, * or #) and the id of the node it leads to. */
public record MenuOptionSpec(@Size(max = 1) String digit, @Size(max = 64) String next) {}
