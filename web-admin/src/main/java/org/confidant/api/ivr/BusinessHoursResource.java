package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.BusinessHoursCatalogue;
import org.confidant.ivr.api.BusinessHoursDraft;
import org.confidant.ivr.api.BusinessHoursView;

/** {@code /api/v1/business-hours}: the calendars IVR hours checks consult; refused (422) with every error. */
@Path("/business-hours")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class BusinessHoursResource extends CatalogueResource<BusinessHoursDraft, BusinessHoursView> {

  @EJB BusinessHoursCatalogue calendars;

  @Override
  protected Catalogue<BusinessHoursDraft, BusinessHoursView> catalogue() {
    return Catalogue.of(calendars);
  }
}
