package org.confidant.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.confidant.access.MaskingPolicy;
import org.confidant.access.PhiField;
import org.confidant.contacts.domain.RoutineAccess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's masking policy: {@code confidant.masking.agent-full-fields} (env
 * {@code CONFIDANT_MASKING_AGENT_FULL_FIELDS}, e.g. "BIRTH_DATE,EMAIL") names fields agents see whole.
 */
@ApplicationScoped
public class RecordsPolicy {

  @Inject
  @ConfigProperty(name = "confidant.masking.agent-full-fields")
  Optional<String> agentFullFields;

  // Dependent (unscoped) products: the policy classes are final, so a normal scope could not proxy them.
  @Produces
  MaskingPolicy maskingPolicy() {
    return new MaskingPolicy(agentFullFields.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(name -> PhiField.valueOf(name.toUpperCase(Locale.ROOT)))
        .toList());
  }

  @Produces
  RoutineAccess routineAccess(MaskingPolicy policy) {
    return new RoutineAccess(policy);
  }
}
