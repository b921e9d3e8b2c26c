package org.confidant.ivr.api;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No tree or calendar with that id. */
@ApplicationException(rollback = true)
public class ConfigurationNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationNotFound(String what, UUID id) {
    super("no " + what + " with id " + id);
  }
}
