package org.confidant.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.Set;

/**
 * Validates a request body explicitly, so the failure reaches our problem-details mapper (RESTEasy's automatic
 * validation answers in its own format).
 */
public final class RequestValidation {

  private RequestValidation() {}

  /** A request body that must be there (an empty body is a 400 saying what was missing) and valid. */
  public static <T> T requireValidBody(Validator validator, T request, String whatIsMissing) {
    if (request == null) {
      throw new BadRequestException("no " + whatIsMissing + " in the request body");
    }
    return requireValid(validator, request);
  }

  public static <T> T requireValid(Validator validator, T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
