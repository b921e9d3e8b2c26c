package org.confidant.api.problems;

import jakarta.ws.rs.core.Response;
import org.confidant.telephony.api.ConnectorProblem;

/** The problems the API answers with, named once so that every edge says the same thing. */
public final class Problems {

  private Problems() {}

  public static Problem unauthenticated() {
    return Problem.of("unauthenticated", "Authentication required", 401,
        "Send a valid bearer token from the Confidant identity provider.");
  }

  public static Problem forbidden() {
    return Problem.of("forbidden", "Not allowed", 403,
        "Your role does not allow this operation.");
  }

  public static Problem invalidRequest() {
    return Problem.of("invalid-request", "Invalid request", 400,
        "Some fields of the request are not valid; see violations.");
  }

  public static Problem invalidTelephonyEvent(String why) {
    return Problem.of("invalid-telephony-event", "Invalid telephony event", 400,
        "The event was not stored: " + why + ".");
  }

  public static Problem invalidSignature(String why) {
    return Problem.of("invalid-signature", "Invalid signature", 401,
        "The request was not accepted: " + why + ".");
  }

  public static Problem payloadTooLarge(int maxBytes) {
    return Problem.of("payload-too-large", "Payload too large", 413,
        "Send at most " + maxBytes + " bytes in one request.");
  }

  public static Problem unprocessable(String detail) {
    return Problem.of("unprocessable", "Cannot be done", 422, detail);
  }

  /** A connector registry, intake or command problem, by its kind; the detail is the problem's own message. */
  public static Problem forConnector(ConnectorProblem problem) {
    String detail = problem.getMessage() + ".";
    return switch (problem.kind()) {
      case NOT_FOUND -> notFound(detail);
      case INVALID -> Problem.of("invalid-request", "Invalid request", 400, detail);
      case CONFLICT -> conflict(detail);
      case UNPROCESSABLE -> unprocessable(detail);
    };
  }

  /** A two-person rule (releasing a legal hold, approving an erasure): who asked cannot also approve. */
  public static Problem secondPersonRequired(String detail) {
    return Problem.of("second-person-required", "Second person required", 403, detail);
  }

  public static Problem conflict(String detail) {
    return Problem.of("conflict", "Conflict", 409, detail);
  }

  /** An update based on a version of the item that is no longer the stored one. */
  public static Problem stale(String detail) {
    return Problem.of("stale-version", "Changed by someone else", 409, detail);
  }

  /** The identity provider did not answer (the login-event import); the scheduled import tries again. */
  public static Problem identityProviderUnavailable(String detail) {
    return Problem.of("identity-provider-unavailable", "Identity provider unavailable", 503, detail + ".");
  }

  public static Problem notFound(String detail) {
    return Problem.of("not-found", "Not found", 404, detail);
  }

  public static Problem malformedRequest() {
    return Problem.of("malformed-request", "Malformed request", 400,
        "The request body could not be read; send one JSON object as documented.");
  }

  public static Problem invalidConfiguration(String detail) {
    return Problem.of("invalid-configuration", "Invalid configuration", 422, detail + "; see errors.");
  }

  public static Problem internalError() {
    return Problem.of("internal-error", "Internal error", 500,
        "The server could not complete the request. Quote the incident id to your administrator.");
  }

  public static Problem forStatus(int status) {
    return switch (status) {
      case 400 -> malformedRequest();
      case 401 -> unauthenticated();
      case 403 -> forbidden();
      case 404 -> notFound("No such resource.");
      case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
          "This resource does not support that HTTP method.");
      case 406 -> Problem.of("not-acceptable", "Not acceptable", 406,
          "The resource cannot answer in the media type asked for.");
      case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
          "Send application/json.");
      default -> Problem.of("client-error", reasonOf(status), status, "The request was refused.");
    };
  }

  private static String reasonOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Client error" : known.getReasonPhrase();
  }
}
