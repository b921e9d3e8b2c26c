package org.confidant.contacts.api;

import jakarta.ejb.ApplicationException;

/** A value Bean Validation cannot judge (a phone number that is no number), named by its field, never quoted. */
@ApplicationException(rollback = true)
public class InvalidRecord extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidRecord(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
