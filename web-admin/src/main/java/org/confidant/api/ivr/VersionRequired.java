package org.confidant.api.ivr;

/** A change sent without the If-Match header naming the version it is based on (answered 428). */
public class VersionRequired extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VersionRequired() {
    super("If-Match with the version's ETag is required");
  }
}
