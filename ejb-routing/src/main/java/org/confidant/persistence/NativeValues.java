package org.confidant.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/** Values in and out of native queries, whichever Java types the driver and Hibernate use for them. */
public final class NativeValues {

  private NativeValues() {}

  /**
   * A nullable value bound as text ({@code ""} for null), for the SQL to turn back with
   * {@code CAST(NULLIF(?, '') AS uuid)} and the like: a null parameter has no type PostgreSQL could infer reliably.
   */
  public static String textOf(Object value) {
    return value == null ? "" : value.toString();
  }

  /** A uuid column. */
  public static UUID uuid(Object column) {
    return column instanceof UUID id ? id : UUID.fromString(column.toString());
  }

  /** A timestamptz column: Instant, OffsetDateTime or Timestamp, by Hibernate version. */
  public static Instant instant(Object column) {
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return Instant.from((TemporalAccessor) column);
  }
}
