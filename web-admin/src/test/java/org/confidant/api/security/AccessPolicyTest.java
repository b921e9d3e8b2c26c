package org.confidant.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confidant.api.security.AccessPolicy.Decision.ALLOW;
import static org.confidant.api.security.AccessPolicy.Decision.FORBIDDEN;
import static org.confidant.api.security.AccessPolicy.Decision.UNAUTHENTICATED;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  @RolesAllowed("supervisor")
  static class SupervisorResource {
    public void list() {}

    @RolesAllowed("agent")
    public void agentsOnly() {}

    @PermitAll
    public void open() {}

    @DenyAll
    public void closed() {}
  }

  static class UndeclaredResource {
    public void anything() {}
  }

  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    return type.getMethod(name);
  }

  @Test
  void anonymousCallersAreAskedToAuthenticate() throws Exception {
    assertThat(AccessPolicy.decide(method(SupervisorResource.class, "list"), false, role -> false))
        .isEqualTo(UNAUTHENTICATED);
  }

  @Test
  void theClassRolesApplyWhenTheMethodDeclaresNone() throws Exception {
    Method list = method(SupervisorResource.class, "list");
    assertThat(AccessPolicy.decide(list, true, Set.of("supervisor")::contains)).isEqualTo(ALLOW);
    assertThat(AccessPolicy.decide(list, true, Set.of("agent")::contains)).isEqualTo(FORBIDDEN);
  }

  @Test
  void theMethodRolesOverrideTheClassRoles() throws Exception {
    Method agentsOnly = method(SupervisorResource.class, "agentsOnly");
    assertThat(AccessPolicy.decide(agentsOnly, true, Set.of("supervisor")::contains)).isEqualTo(FORBIDDEN);
    assertThat(AccessPolicy.decide(agentsOnly, true, Set.of("agent")::contains)).isEqualTo(ALLOW);
  }

  @Test
  void permitAllNeedsNoLogin() throws Exception {
    assertThat(AccessPolicy.decide(method(SupervisorResource.class, "open"), false, role -> false))
        .isEqualTo(ALLOW);
  }

  @Test
  void denyAllAndUndeclaredMethodsAreRefusedEvenToAdmins() throws Exception {
    assertThat(AccessPolicy.decide(method(SupervisorResource.class, "closed"), true, role -> true))
        .isEqualTo(FORBIDDEN);
    assertThat(AccessPolicy.decide(method(UndeclaredResource.class, "anything"), true, role -> true))
        .isEqualTo(FORBIDDEN);
  }
}
