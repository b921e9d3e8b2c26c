package org.confidant.contacts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A phone number as written ("020 7946 0123", "+1 (415) 555-0100"); stored in E.164. */
public record PhoneDraft(@Size(max = 32) String label, @NotBlank @Size(max = 32) String number) {}
