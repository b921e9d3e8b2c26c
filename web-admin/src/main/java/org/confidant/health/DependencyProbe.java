package org.confidant.health;

/** One thing the server needs in order to serve requests. */
public interface DependencyProbe {

  /** A stable name for the check, e.g. "database". */
  String name();

  /** Null when the dependency answers, else a short reason. */
  String problem();
}
