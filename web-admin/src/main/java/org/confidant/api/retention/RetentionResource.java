package org.confidant.api.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.recordings.application.PurgeReport;
import org.confidant.recordings.application.RecordingPurge;
import org.confidant.recordings.application.RetentionPolicies;
import org.confidant.recordings.domain.RecordType;

/**
 * {@code /api/v1/retention}: {@code policies} (GET for admins and auditors; PUT one, DELETE one for admins) and
 * {@code purges} (POST: run the purge now, admins; it also runs nightly).
 */
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @EJB RetentionPolicies policies;
  @EJB RecordingPurge purge;

  @Inject Validator validator;

  @GET
  @Path("policies")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public List<RetentionPolicyView> list() {
    return policies.list().stream().map(RetentionPolicyView::of).toList();
  }

  @PUT
  @Path("policies")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public RetentionPolicyView put(RetentionPolicyRequest request) {
    RequestValidation.requireValidBody(validator, request, "retention policy");
    return RetentionPolicyView.of(policies.put(request.toPolicy()));
  }

  /** Removes the policy of a queue ({@code queueId}) or, without one, the default, for a record type. */
  @DELETE
  @Path("policies")
  @RolesAllowed(Roles.ADMIN)
  public Response remove(@QueryParam("queueId") UUID queueId, @QueryParam("recordType") RecordType type) {
    if (type == null || !policies.remove(queueId, type)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("purges")
  @RolesAllowed(Roles.ADMIN)
  public PurgeReport purgeNow() {
    return purge.purgeNow();
  }
}
