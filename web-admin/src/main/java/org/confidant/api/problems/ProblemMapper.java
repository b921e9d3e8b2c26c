package org.confidant.api.problems;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confidant.agents.api.PresenceChangeRefused;
import org.confidant.agents.api.UnknownAgent;
import org.confidant.calls.api.InvalidTelephonyEvent;
import org.confidant.telephony.api.ConnectorProblem;
import org.confidant.telephony.api.SimulatorBusy;

/** The one error mapper of the API: every exception leaves as a problem detail, never as a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    return problemFor(rootOfInterest(failure)).at(uriInfo.getRequestUri()).toResponse();
  }

  static Problem problemFor(Throwable failure) {
    if (failure instanceof ConstraintViolationException invalid) {
      return Problems.invalidRequest().withViolations(violations(invalid));
    }
    if (failure instanceof ProcessingException && failure.getCause() instanceof JsonbException) {
      return Problems.malformedRequest();
    }
    if (failure instanceof SimulatorBusy) {
      return Problems.conflict("A simulator run is already going; stop it first.");
    }
    if (failure instanceof UnknownAgent unknown) {
      return Problems.notFound(unknown.getMessage());
    }
    if (failure instanceof PresenceChangeRefused refused) {
      return Problems.conflict(refused.getMessage());
    }
    if (failure instanceof InvalidTelephonyEvent invalidEvent) {
      return Problems.invalidTelephonyEvent(invalidEvent.getMessage());
    }
    if (failure instanceof ConnectorProblem connector) {
      return Problems.forConnector(connector);
    }
    if (failure instanceof EJBAccessException || failure instanceof SecurityException) {
      return Problems.forbidden();
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return Problems.forStatus(web.getResponse().getStatus());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled failure, incident " + incident, failure);
    return Problems.internalError().withIncident(incident);
  }

  /** EJB containers wrap what a bean threw; the client should hear about the cause. */
  private static Throwable rootOfInterest(Throwable failure) {
    Throwable current = failure;
    while (current instanceof jakarta.ejb.EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static List<Problem.Violation> violations(ConstraintViolationException invalid) {
    return invalid.getConstraintViolations().stream()
        .map(ProblemMapper::violation)
        .sorted(Comparator.comparing(Problem.Violation::field))
        .toList();
  }

  private static Problem.Violation violation(ConstraintViolation<?> violation) {
    return new Problem.Violation(lastNodeOf(violation.getPropertyPath().toString()), violation.getMessage());
  }

  /** "create.arg0.name" reads better to a client as "name". */
  private static String lastNodeOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
