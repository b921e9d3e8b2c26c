package org.confidant.recordings.domain;

/** A retention policy that cannot be stored as asked; nothing changed. */
public class InvalidRetentionPolicy extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidRetentionPolicy(String message) {
    super(message);
  }
}
