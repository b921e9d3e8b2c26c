package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.IvrCatalogue;
import org.confidant.ivr.api.IvrTreeDraft;
import org.confidant.ivr.api.IvrTreeView;

/** {@code /api/v1/ivr-trees}: the call flows; an invalid tree is refused (422) with every error and its node. */
@Path("/ivr-trees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class IvrTreesResource extends CatalogueResource<IvrTreeDraft, IvrTreeView> {

  @EJB IvrCatalogue trees;

  @Override
  protected Catalogue<IvrTreeDraft, IvrTreeView> catalogue() {
    return Catalogue.of(trees);
  }
}
