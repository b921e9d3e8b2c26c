package org.confidant.api.problems;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, with the invalid fields of a request when there are any, and the errors found in a
 * submitted configuration (an IVR tree: every problem with its node id) when there are any.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "incident", "violations", "errors"})
@JsonbNillable(false)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    URI instance,
    String incident,
    List<Violation> violations,
    List<ConfigurationError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  private static final String TYPE_BASE = "https://confidant.invalid/problems/";

  public Problem {
    violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public Problem(URI type, String title, int status, String detail, URI instance, String incident,
      List<Violation> violations) {
    this(type, title, status, detail, instance, incident, violations, null);
  }

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, null, null);
  }

  public Problem at(URI requestPath) {
    return new Problem(type, title, status, detail, requestPath, incident, violations, errors);
  }

  public Problem withIncident(String incidentId) {
    return new Problem(type, title, status, detail, instance, incidentId, violations, errors);
  }

  public Problem withViolations(List<Violation> fieldViolations) {
    return new Problem(type, title, status, detail, instance, incident, fieldViolations, errors);
  }

  public Problem withErrors(List<ConfigurationError> configurationErrors) {
    return new Problem(type, title, status, detail, instance, incident, violations, configurationErrors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** One invalid input: where it is and what is wrong with it (never the value itself: it may be PHI). */
  public record Violation(String field, String message) {}

  /** One error of a submitted configuration: a code a client can act on, the node it concerns, a message. */
  @JsonbNillable(false)
  @JsonbPropertyOrder({"code", "nodeId", "message"})
  public record ConfigurationError(String code, String nodeId, String message) {}
}
