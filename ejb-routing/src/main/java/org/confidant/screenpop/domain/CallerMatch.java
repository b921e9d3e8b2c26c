package org.confidant.screenpop.domain;

/** How many contacts the calling number found: the desktop shows one, a pick list, or "unknown caller". */
public enum CallerMatch {
  NONE, ONE, SEVERAL;

  public static CallerMatch of(int contacts) {
    return contacts == 0 ? NONE : contacts == 1 ? ONE : SEVERAL;
  }
}
