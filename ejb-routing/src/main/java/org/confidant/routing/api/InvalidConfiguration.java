package org.confidant.routing.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A change that breaks a configuration rule beyond a single field's constraints; nothing changed. */
@ApplicationException(rollback = true)
public class InvalidConfiguration extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidConfiguration(List<FieldProblem> problems) {
    super(problems.size() + " configuration rule(s) broken");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One broken rule: the field as sent (e.g. {@code steps[1].afterSeconds}) and what is wrong with it. */
  public record FieldProblem(String field, String message) implements java.io.Serializable {}
}
