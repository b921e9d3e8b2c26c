package org.confidant.contacts.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact as the caller's role may see it: {@code masked} names the fields shown in part or left out, and
 * {@code access} says whether the record was opened routinely or by breaking the glass.
 */
@JsonbPropertyOrder({"id", "version", "organisationId", "name", "birthDate", "email", "phones", "recordNumbers",
    "customFields", "masked", "access"})
public record ContactView(
    UUID id,
    long version,
    UUID organisationId,
    String name,
    String birthDate,
    String email,
    List<PhoneView> phones,
    List<String> recordNumbers,
    Map<String, String> customFields,
    List<String> masked,
    String access) {}
