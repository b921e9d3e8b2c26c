package org.confidant.contacts.api;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No contact, case or organisation with that id. */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFound(String what, UUID id) {
    super("No " + what + " has the id " + id + ".");
  }
}
