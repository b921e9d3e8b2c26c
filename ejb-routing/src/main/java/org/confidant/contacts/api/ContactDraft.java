package org.confidant.contacts.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.routing.api.Revision;

/**
 * A contact as sent to be registered or to replace the stored one (which then names the version it loaded).
 * Lists and custom fields may be left out.
 */
@JsonbPropertyOrder({"name", "birthDate", "email", "phones", "recordNumbers", "customFields", "organisationId",
    "version"})
public record ContactDraft(
    @NotBlank @Size(max = 200) String name,
    @Past LocalDate birthDate,
    @Email @Size(max = 254) String email,
    @Size(max = 10) List<@NotNull @Valid PhoneDraft> phones,
    @Size(max = 10) List<@NotBlank @Size(max = 64) String> recordNumbers,
    @Size(max = 30) Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 500) String> customFields,
    UUID organisationId,
    @NotNull(groups = Revision.class) Long version) {

  public ContactDraft {
    phones = phones == null ? List.of() : List.copyOf(phones);
    recordNumbers = recordNumbers == null ? List.of() : List.copyOf(recordNumbers);
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
  }
}
