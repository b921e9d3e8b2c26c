package org.confidant.ivr.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A tree or calendar that was not saved, with every error found in it. */
@ApplicationException(rollback = true)
public class InvalidConfiguration extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<ConfigurationIssue> errors;

  public InvalidConfiguration(String what, List<ConfigurationIssue> errors) {
    super("the " + what + " was not saved: it has " + errors.size() + " error(s)");
    this.errors = List.copyOf(errors);
  }

  public List<ConfigurationIssue> errors() {
    return errors;
  }
}
