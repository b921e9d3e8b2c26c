package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;

/**
 * The REST shape the IVR catalogues share, the same as every configuration resource's: list, get, create (201 with
 * Location), replace whole (the body carries the version it loaded) and delete. Subclasses name the path and the
 * catalogue.
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
  public V get(@PathParam("id") UUID id) {
    return catalogue().get().apply(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(D draft) {
    Catalogue<D, V> catalogue = catalogue();
    V created = catalogue.create().apply(RequestValidation.requireValidBody(validator, draft, catalogue.what()));
    return Created.at(uriInfo, catalogue.id().apply(created), created);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public V update(@PathParam("id") UUID id, D draft) {
    Catalogue<D, V> catalogue = catalogue();
    return catalogue.update().apply(id, RequestValidation.requireValidRevision(validator, draft, catalogue.what()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(@PathParam("id") UUID id) {
    catalogue().delete().accept(id);
  }
}
