package org.confidant.api.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.confidant.api.security.AccessPolicy;
import org.confidant.identity.Roles;
import org.junit.jupiter.api.Test;

class DeadLettersResourceTest {

  private static List<Method> endpoints() {
    return Arrays.stream(DeadLettersResource.class.getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .toList();
  }

  @Test
  void onlyAdminsReachDeadLetters() {
    assertThat(endpoints()).hasSize(4).allSatisfy(method -> {
      assertThat(AccessPolicy.decide(method, true, Roles.ADMIN::equals)).isEqualTo(AccessPolicy.Decision.ALLOW);
      for (String role : List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.TELEPHONY)) {
        assertThat(AccessPolicy.decide(method, true, role::equals)).as(method.getName() + " as " + role)
            .isEqualTo(AccessPolicy.Decision.FORBIDDEN);
      }
    });
  }
}
