package org.confidant.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BadRequestException;
import java.util.Set;
import org.confidant.routing.api.Revision;

/**
 * Validates a request body explicitly, so the failure reaches our problem-details mapper (RESTEasy's automatic
 * validation answers in its own format).
 */
public final class RequestValidation {

  private RequestValidation() {}

  /** A request body that must be there (an empty body is a 400 saying what was missing) and valid. */
  public static <T> T requireValidBody(Validator validator, T request, String whatIsMissing) {
    return validated(validator, present(request, whatIsMissing), Default.class);
  }

  /** A request body that must be there and valid, also in the given validation groups. */
  public static <T> T requireValidBody(Validator validator, T request, String whatIsMissing, Class<?> group) {
    return validated(validator, present(request, whatIsMissing), Default.class, group);
  }

  /** An update's body: there, valid as a new item would be, and carrying the version the client loaded. */
  public static <T> T requireValidRevision(Validator validator, T request, String whatIsMissing) {
    return validated(validator, present(request, whatIsMissing), Default.class, Revision.class);
  }

  public static <T> T requireValid(Validator validator, T request) {
    return validated(validator, request, Default.class);
  }

  private static <T> T present(T request, String whatIsMissing) {
    if (request == null) {
      throw new BadRequestException("no " + whatIsMissing + " in the request body");
    }
    return request;
  }

  private static <T> T validated(Validator validator, T request, Class<?>... groups) {
    Set<ConstraintViolation<T>> violations = validator.validate(request, groups);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
