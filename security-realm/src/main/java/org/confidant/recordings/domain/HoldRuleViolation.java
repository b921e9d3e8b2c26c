package org.confidant.recordings.domain;

/** A legal-hold change its rules do not allow; nothing changed. */
public class HoldRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which rule was broken. */
  public enum Rule {
    /** Only an active hold can be asked to be released. */
    NOT_ACTIVE,
    /** Only a hold whose release was requested can be released. */
    NO_RELEASE_REQUESTED,
    /** The approver of a release must be another person than who requested it. */
    SAME_PERSON
  }

  private final Rule rule;

  public HoldRuleViolation(Rule rule, String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
