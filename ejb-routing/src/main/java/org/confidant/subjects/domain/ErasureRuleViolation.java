package org.confidant.subjects.domain;

/** An erasure request asked to do what its rules forbid. */
public class ErasureRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which rule. */
  public enum Rule { SAME_PERSON, NOT_REQUESTED }

  private final Rule rule;

  public ErasureRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
