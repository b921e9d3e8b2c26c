package org.confidant.api.vault;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confidant.identity.Roles;
import org.confidant.vault.KekRotation;

/**
 * {@code /api/v1/vault}: which key-encryption key wraps new data keys, and {@code POST kek-rotations} to add a new
 * one and rewrap every stored data key under it (audited by the rotation itself).
 */
@Path("/vault")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class VaultResource {

  @EJB KekRotation rotation;

  @GET
  @RolesAllowed(Roles.ADMIN)
  public KekRotation.Status status() {
    return rotation.status();
  }

  @POST
  @Path("kek-rotations")
  @RolesAllowed(Roles.ADMIN)
  public KekRotation.Result rotate() {
    return rotation.rotate();
  }
}
