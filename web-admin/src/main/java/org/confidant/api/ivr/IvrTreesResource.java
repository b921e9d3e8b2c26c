package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.IvrCatalogue;
import org.confidant.ivr.api.IvrTreeDraft;
import org.confidant.ivr.api.IvrTreeView;

/** {@code /api/v1/ivr-trees}: the call flows; an invalid tree is refused (422) with every error and its node. */
@Path("/ivr-trees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class IvrTreesResource {

  @EJB IvrCatalogue catalogue;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<IvrTreeView> list() {
    return catalogue.trees();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response get(@PathParam("id") UUID id) {
    IvrTreeView tree = catalogue.tree(id);
    return EntityTags.ok(tree, tree.version());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(IvrTreeDraft draft) {
    IvrTreeView created = catalogue.create(valid(draft));
    return EntityTags.created(uriInfo, created.id(), created, created.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response update(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IvrTreeDraft draft) {
    long version = EntityTags.versionIn(ifMatch);
    IvrTreeView updated = catalogue.update(id, version, valid(draft));
    return EntityTags.ok(updated, updated.version());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalogue.delete(id, EntityTags.versionIn(ifMatch));
    return Response.noContent().build();
  }

  private IvrTreeDraft valid(IvrTreeDraft draft) {
    return RequestValidation.requireValid(validator, EntityTags.required(draft));
  }
}
