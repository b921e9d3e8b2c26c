package org.confidant.ivr.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A date on which the weekly hours do not apply: closed all day, or open for the special hours given. */
public record Holiday(LocalDate date, String name, List<OpeningInterval> specialHours) {

  public Holiday {
    Objects.requireNonNull(date, "date");
    specialHours = specialHours == null ? List.of() : List.copyOf(specialHours);
  }

  public static Holiday closed(LocalDate date, String name) {
    return new Holiday(date, name, List.of());
  }
}
