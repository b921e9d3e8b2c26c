package org.confidant.desk.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** DTMF tones to play into the call (never logged: they may be an account number). */
public record DigitsRequest(
    @NotNull @Pattern(regexp = "[0-9*#A-D]{1,32}", message = "1-32 of 0-9 * # A-D") String digits) {}
