package org.confidant.persistence;

/** Binding values into native queries. */
public final class NativeParameters {

  private NativeParameters() {}

  /**
   * A nullable value bound as text ({@code ""} for null), for the SQL to turn back with
   * {@code CAST(NULLIF(?, '') AS uuid)} and the like: a null parameter has no type PostgreSQL could infer reliably.
   */
  public static String textOf(Object value) {
    return value == null ? "" : value.toString();
  }
}
