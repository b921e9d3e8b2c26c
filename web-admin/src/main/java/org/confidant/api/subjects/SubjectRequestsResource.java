package org.confidant.api.subjects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.api.audit.AuditEntriesResource;
import org.confidant.api.contacts.ContactSearch;
import org.confidant.identity.Roles;
import org.confidant.subjects.api.ErasureView;
import org.confidant.subjects.api.SignedReport;
import org.confidant.subjects.api.SubjectExport;
import org.confidant.subjects.api.SubjectInventory;
import org.confidant.subjects.api.SubjectRequests;

/**
 * {@code /api/v1/subject-requests} (supervisors and admins): find a person ({@code GET contacts?phone=…}, by record
 * number, or by name with birth date — contact ids only), list what is held about them ({@code GET contacts/{id}}),
 * export it ({@code POST contacts/{id}/export}, a signed zip), ask for its erasure ({@code POST
 * contacts/{id}/erasures}), approve and carry it out ({@code POST erasures/{id}/approval}, someone other than who
 * asked), and read the signed erasure report ({@code GET erasures/{id}/report}).
 */
@Path("/subject-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SubjectRequestsResource {

  /** The SHA-256 (hex) of an export, as its audit entry names it. */
  public static final String EXPORT_SHA256_HEADER = "Confidant-Export-SHA256";

  @EJB SubjectRequests requests;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @Path("contacts")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<UUID> find(@QueryParam("phone") String phone, @QueryParam("recordNumber") String recordNumber,
      @QueryParam("name") String name, @QueryParam("birthDate") String birthDate) {
    return RequestValidation.requireValid(validator, new ContactSearch(phone, recordNumber, name, birthDate))
        .by(requests::findByPhone, requests::findByRecordNumber, requests::findByIdentity);
  }

  @GET
  @Path("contacts/{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SubjectInventory inventory(@PathParam("id") UUID contactId) {
    return requests.inventory(contactId);
  }

  /** The export, with its length (a client shows progress) and SHA-256. */
  @POST
  @Path("contacts/{id}/export")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response export(@PathParam("id") UUID contactId, SubjectRequestReason reason) {
    SubjectExport export = requests.export(contactId, valid(reason));
    byte[] content = export.content();
    return Response.ok(content, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Content-Length", content.length)
        .header(EXPORT_SHA256_HEADER, export.sha256())
        .build();
  }

  @POST
  @Path("contacts/{id}/erasures")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response requestErasure(@PathParam("id") UUID contactId, SubjectRequestReason reason) {
    ErasureView requested = requests.requestErasure(contactId, valid(reason));
    return Response.created(uriInfo.getBaseUriBuilder().path(SubjectRequestsResource.class)
        .path("erasures").path(requested.id().toString()).build()).entity(requested).build();
  }

  @GET
  @Path("contacts/{id}/erasures")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<ErasureView> erasures(@PathParam("id") UUID contactId) {
    return requests.erasures(contactId);
  }

  @GET
  @Path("erasures/{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public ErasureView erasure(@PathParam("id") UUID erasureId) {
    return requests.erasure(erasureId);
  }

  @POST
  @Path("erasures/{id}/approval")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public ErasureView approve(@PathParam("id") UUID erasureId) {
    return requests.approveErasure(erasureId);
  }

  /** The report's exact bytes, with the Ed25519 signature over them and the id of the key that signed. */
  @GET
  @Path("erasures/{id}/report")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response report(@PathParam("id") UUID erasureId) {
    SignedReport report = requests.erasureReport(erasureId);
    return Response.ok(report.content(), MediaType.APPLICATION_JSON)
        .header(AuditEntriesResource.SIGNATURE_HEADER, Base64.getEncoder().encodeToString(report.signature()))
        .header(AuditEntriesResource.SIGNING_KEY_HEADER, report.publicKeySha256())
        .build();
  }

  private String valid(SubjectRequestReason reason) {
    return RequestValidation.requireValidBody(validator, reason, "reason").reason();
  }
}
