package org.confidant.ivr.api;

import jakarta.validation.constraints.Size;

/** A prompt: a text to speak or the id of a recording on the telephony system (exactly one of them). */
public record PromptSpec(@Size(max = 1000) String text, @Size(max = 128) String recording) {}
