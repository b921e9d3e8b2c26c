package org.confidant.ivr.domain;

import java.util.List;

/** A calendar that cannot be used, with every reason (an admin fixes them all at once). */
public class InvalidBusinessHours extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidBusinessHours(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
