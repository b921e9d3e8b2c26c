package org.confidant.api.problems;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routes Bean Validation failures to {@link ProblemMapper}'s answer. Needed because RESTEasy's own mapper for
 * {@code ValidationException} is closer to this exception type than our {@code Throwable} mapper, and would answer
 * a bare 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return ProblemMapper.problemFor(invalid).at(uriInfo.getRequestUri()).toResponse();
  }
}
