package org.confidant.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** 201 Created with the new item's address and the item as stored. */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uriInfo, UUID id, Object item) {
    return Response.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build()).entity(item).build();
  }
}
