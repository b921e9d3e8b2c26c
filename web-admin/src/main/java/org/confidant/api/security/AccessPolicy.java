package org.confidant.api.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides whether a caller may invoke a resource method, from the method's (else its class's) security
 * annotations. Plain Java so the rule is tested without a server.
 */
public final class AccessPolicy {

  /** What the policy decided. */
  public enum Decision {
    ALLOW,
    UNAUTHENTICATED,
    FORBIDDEN
  }

  private AccessPolicy() {}

  public static Decision decide(Method method, boolean authenticated, Predicate<String> hasRole) {
    Optional<AnnotatedElement> declaring = securityDeclaration(method);
    if (declaring.isPresent() && declaring.get().isAnnotationPresent(PermitAll.class)) {
      return Decision.ALLOW;
    }
    if (!authenticated) {
      return Decision.UNAUTHENTICATED;
    }
    RolesAllowed roles = declaring.map(element -> element.getAnnotation(RolesAllowed.class)).orElse(null);
    if (roles == null) {
      return Decision.FORBIDDEN; // @DenyAll, or nothing declared: deny by default
    }
    return Arrays.stream(roles.value()).anyMatch(hasRole) ? Decision.ALLOW : Decision.FORBIDDEN;
  }

  private static Optional<AnnotatedElement> securityDeclaration(Method method) {
    if (declaresSecurity(method)) {
      return Optional.of(method);
    }
    Class<?> type = method.getDeclaringClass();
    return declaresSecurity(type) ? Optional.of(type) : Optional.empty();
  }

  private static boolean declaresSecurity(AnnotatedElement element) {
    return element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(DenyAll.class);
  }
}
