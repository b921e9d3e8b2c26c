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
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confidant.agents.api.PresenceChangeRefused;
import org.confidant.agents.api.UnknownAgent;
import org.confidant.audit.logins.infrastructure.IdentityProviderUnavailable;
import org.confidant.audit.search.application.ExportTooLarge;
import org.confidant.calls.api.InvalidTelephonyEvent;
import org.confidant.desk.api.CallControlRefused;
import org.confidant.events.deadletters.UnknownDeadLetter;
import org.confidant.events.deadletters.domain.NotReplayable;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.InvalidConfiguration;
import org.confidant.routing.api.StaleConfiguration;
import org.confidant.routing.api.UnknownConfiguration;
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
    if (failure instanceof CallControlRefused refused) {
      return Problems.conflict(refused.getMessage());
    }
    if (failure instanceof InvalidTelephonyEvent invalidEvent) {
      return Problems.invalidTelephonyEvent(invalidEvent.getMessage());
    }
    if (failure instanceof UnknownDeadLetter) {
      return Problems.notFound("No dead letter has this id; it may have been replayed or discarded.");
    }
    if (failure instanceof NotReplayable notReplayable) {
      return Problems.conflict("This dead letter cannot be replayed: " + notReplayable.getMessage() + ".");
    }
    Optional<Problem> ivrConfiguration = ConfigurationProblems.of(failure).or(() -> RecordsProblems.of(failure));
    if (ivrConfiguration.isPresent()) {
      return ivrConfiguration.get();
    }
    Optional<Problem> recordings = RecordingProblems.of(failure);
    if (recordings.isPresent()) {
      return recordings.get();
    }
    Problem configuration = configurationProblem(failure);
    if (configuration != null) {
      return configuration;
    }
    if (failure instanceof ExportTooLarge tooLarge) {
      return Problems.unprocessable("The export was not made: " + tooLarge.getMessage() + ".");
    }
    if (failure instanceof IdentityProviderUnavailable unavailable) {
      return Problems.identityProviderUnavailable(unavailable.getMessage());
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

  /** The configuration API's refusals; null for any other failure. */
  private static Problem configurationProblem(Throwable failure) {
    if (failure instanceof StaleConfiguration stale) {
      return Problems.stale(stale.getMessage());
    }
    if (failure instanceof ConfigurationConflict conflict) {
      return Problems.conflict(conflict.getMessage());
    }
    if (failure instanceof InvalidConfiguration invalid) {
      return Problems.invalidRequest().withViolations(invalid.problems().stream()
          .map(problem -> new Problem.Violation(problem.field(), problem.message())).toList());
    }
    if (failure instanceof UnknownConfiguration unknown) {
      return Problems.notFound(unknown.getMessage());
    }
    return null;
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

  /**
   * "create.arg0.name" reads better to a client as "name"; a nested field keeps its path within the body
   * ("steps[1].skills[0].minProficiency"), so the client knows which step.
   */
  private static String lastNodeOf(String path) {
    return path.replaceFirst("^\\w+\\.arg\\d+\\.", "");
  }
}
