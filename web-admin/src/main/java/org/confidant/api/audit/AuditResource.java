package org.confidant.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.confidant.api.RequestValidation;
import org.confidant.audit.AuditPublicKey;
import org.confidant.audit.AuditVerification;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/audit}: the tamper-evident audit trail for auditors — its verification status, an export that the
 * command-line verifier checks with the public key alone, and that key (docs/audit.md).
 */
@Path("/audit")
@RolesAllowed(Roles.AUDITOR)
@RequestScoped
public class AuditResource {

  static final String JSON_LINES = "application/x-ndjson";

  @EJB AuditVerification verification;

  @Inject Validator validator;

  /** Walks the whole chain now; {@code firstFailure} names the first entry that does not verify. */
  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AUDITOR)
  public ChainVerification verification() {
    return verification.verify();
  }

  /** JSON lines, streamed: header, entries in sequence order with their checkpoints, end line. */
  @GET
  @Path("export")
  @Produces(JSON_LINES)
  @RolesAllowed(Roles.AUDITOR)
  public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
    ExportWindow window = RequestValidation.requireValid(validator, new ExportWindow(from, to));
    StreamingOutput body = out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      verification.export(window.fromInstant(), window.toInstant(), writer);
      writer.flush();
    };
    return Response.ok(body, JSON_LINES)
        .header("Content-Disposition", "attachment; filename=\"confidant-audit-export.jsonl\"")
        .build();
  }

  @GET
  @Path("public-key")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AUDITOR)
  public AuditPublicKey publicKey() {
    return verification.publicKey();
  }
}
