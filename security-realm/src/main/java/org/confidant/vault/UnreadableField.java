package org.confidant.vault;

/**
 * A sealed field that does not open with its record's key at its place: moved from another row or column, altered,
 * or its key shredded. Names the place, never content.
 */
public class UnreadableField extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableField(FieldAddress where) {
    super("the sealed value of " + where.table() + "." + where.column() + " of row " + where.rowId()
        + " does not open with its record's key");
  }
}
