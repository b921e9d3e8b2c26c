package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
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

/**
 * The REST shape every configuration catalogue shares: list, get (with its version as ETag), create (201 with
 * Location and ETag), replace and delete (both with If-Match). Subclasses name the path and the catalogue.
 *
 * @param <D> what an admin sends
 * @param <V> what the API answers
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CatalogueResource<D, V> {

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  /** The catalogue behind the resource, as the operations this shape needs. */
  protected abstract Catalogue<D, V> catalogue();

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<V> list() {
    return catalogue().list().get();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response get(@PathParam("id") UUID id) {
    return tagged(Response.ok(), catalogue().get().apply(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(D draft) {
    V created = catalogue().create().apply(valid(draft));
    return tagged(Response.created(uriInfo.getAbsolutePathBuilder().path(catalogue().id().apply(created).toString())
        .build()), created);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, D draft) {
    long version = EntityTags.versionIn(ifMatch);
    return tagged(Response.ok(), catalogue().update().update(id, version, valid(draft)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalogue().delete().delete(id, EntityTags.versionIn(ifMatch));
    return Response.noContent().build();
  }

  private Response tagged(Response.ResponseBuilder response, V view) {
    return response.tag(EntityTags.of(catalogue().version().applyAsLong(view))).entity(view).build();
  }

  private D valid(D draft) {
    return RequestValidation.requireValidBody(validator, draft, catalogue().what());
  }
}
