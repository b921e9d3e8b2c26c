package org.confidant.api.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code from} / {@code to} query parameters of an export: ISO-8601 instants with an offset, both optional. */
record ExportWindow(
    @Pattern(regexp = INSTANT, message = "must be an ISO-8601 time with an offset, e.g. 2026-11-25T08:00:00Z")
    String from,
    @Pattern(regexp = INSTANT, message = "must be an ISO-8601 time with an offset, e.g. 2026-11-25T08:00:00Z")
    String to) {

  static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})";

  @AssertTrue(message = "from and to must be real times, from before to")
  boolean isOrdered() {
    try {
      Instant start = fromInstant();
      Instant end = toInstant();
      return start == null || end == null || start.isBefore(end);
    } catch (DateTimeParseException notATime) {
      // the @Pattern violation (or this one, for a 13th month) says what is wrong
      return false;
    }
  }

  Instant fromInstant() {
    return parse(from);
  }

  Instant toInstant() {
    return parse(to);
  }

  private static Instant parse(String value) {
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }
}
