package org.confidant.api.telephony;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.confidant.api.problems.Problem;
import org.confidant.api.problems.Problems;
import org.confidant.telephony.api.ConnectorIntake;

/**
 * Checks a connector's {@code Confidant-Signature} over the raw request body, before the body is read as an
 * event: a refused request stores nothing. Runs after {@code AccessPolicyFilter} (the caller is authenticated and
 * may post events), buffers the body (at most {@value #MAX_BODY} bytes) and hands it on unchanged, together with
 * the caller's connector and the raw body for the idempotency check.
 */
@Provider
@ConnectorSigned
@Priority(Priorities.AUTHORIZATION + 100)
public class ConnectorSignatureFilter implements ContainerRequestFilter {

  static final String SIGNATURE_HEADER = "Confidant-Signature";
  static final String CONNECTOR_PROPERTY = "org.confidant.connector";
  static final String BODY_PROPERTY = "org.confidant.raw-body";
  static final int MAX_BODY = 64 * 1024;
  private static final String SIGNATURE_CHALLENGE = "Confidant-Signature realm=\"confidant\"";

  @EJB ConnectorIntake intake;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    byte[] body = read(request.getEntityStream());
    if (body.length > MAX_BODY) {
      request.abortWith(answer(request, Problems.payloadTooLarge(MAX_BODY)).build());
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    ConnectorIntake.Admission admission = intake.admit(request.getHeaderString(SIGNATURE_HEADER), body);
    if (!admission.admitted()) {
      request.abortWith(answer(request, Problems.invalidSignature(admission.refusal()))
          .header(HttpHeaders.WWW_AUTHENTICATE, SIGNATURE_CHALLENGE)
          .build());
      return;
    }
    request.setProperty(CONNECTOR_PROPERTY, admission.connectorId());
    request.setProperty(BODY_PROPERTY, body);
  }

  private static byte[] read(InputStream entity) throws IOException {
    return entity == null ? new byte[0] : entity.readNBytes(MAX_BODY + 1);
  }

  private static Response.ResponseBuilder answer(ContainerRequestContext request, Problem problem) {
    return Response.fromResponse(problem.at(request.getUriInfo().getRequestUri()).toResponse());
  }
}
