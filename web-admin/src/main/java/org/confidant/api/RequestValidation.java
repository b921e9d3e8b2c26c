package org.confidant.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates a request body explicitly, so the failure reaches our problem-details mapper (RESTEasy's automatic
 * validation answers in its own format).
 */
public final class RequestValidation {

  private RequestValidation() {}

  public static <T> T requireValid(Validator validator, T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
