package org.confidant.reporting.domain;

/** What service level is a share of; the label is printed with every service level figure. */
public enum ServiceLevelDenominator {
  ANSWERED_ONLY("answered within T ÷ answered"),
  ANSWERED_PLUS_ABANDONED("answered within T ÷ (answered + abandoned)");

  private final String label;

  ServiceLevelDenominator(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
