package org.confidant.audit.search.application;

import jakarta.ejb.ApplicationException;

/** An export would hold more entries than one file may; the auditor narrows the search (a shorter time range). */
@ApplicationException
public class ExportTooLarge extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportTooLarge(int limit) {
    super("an export holds at most " + limit + " entries; narrow the search (a shorter time range)");
  }
}
