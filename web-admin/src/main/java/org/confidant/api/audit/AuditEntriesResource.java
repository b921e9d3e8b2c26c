package org.confidant.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.confidant.api.RequestValidation;
import org.confidant.audit.search.application.AuditSearch;
import org.confidant.audit.search.domain.AuditPage;
import org.confidant.audit.search.domain.ExportKey;
import org.confidant.audit.search.domain.SignedExport;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/audit/entries}: the trail for auditors — entries by user, resource, action, outcome and time, newest
 * first and paged; the same search as a signed CSV or JSON file; the public key that verifies those files.
 */
@Path("/audit/entries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditEntriesResource {

  /** The export's Ed25519 signature (base64) over exactly the body's bytes. */
  public static final String SIGNATURE_HEADER = "Confidant-Signature";
  /** Which key signed: the id {@code GET /audit/entries/export-key} answers. */
  public static final String SIGNING_KEY_HEADER = "Confidant-Signing-Key";

  @EJB AuditSearch search;

  @Inject Validator validator;

  /** The public key that verifies exports, raw (base64) and as PEM. */
  public record ExportKeyView(String algorithm, String keyId, String publicKey, String pem) {

    static ExportKeyView of(ExportKey key) {
      return new ExportKeyView("Ed25519", key.id(), Base64.getEncoder().encodeToString(key.raw()), key.pem());
    }
  }

  @GET
  @RolesAllowed(Roles.AUDITOR)
  public AuditPage entries(@BeanParam AuditSearchParams criteria) {
    return search.search(RequestValidation.requireValid(validator, criteria).toQuery());
  }

  @GET
  @Path("export")
  @RolesAllowed(Roles.AUDITOR)
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response export(@BeanParam AuditExportParams criteria) {
    AuditExportParams valid = RequestValidation.requireValid(validator, criteria);
    SignedExport export = search.export(valid.toQuery(), valid.toFormat());
    return Response.ok(export.content(), export.format().mediaType() + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header(SIGNATURE_HEADER, Base64.getEncoder().encodeToString(export.signature()))
        .header(SIGNING_KEY_HEADER, export.keyId())
        .build();
  }

  @GET
  @Path("export-key")
  @RolesAllowed(Roles.AUDITOR)
  public ExportKeyView exportKey() {
    return ExportKeyView.of(search.exportKey());
  }
}
