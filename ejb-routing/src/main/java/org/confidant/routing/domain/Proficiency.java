package org.confidant.routing.domain;

/** How good an agent is at a skill, from 1 (novice) to 10 (expert). */
public record Proficiency(int level) implements Comparable<Proficiency> {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 10;

  public Proficiency {
    if (level < LOWEST || level > HIGHEST) {
      throw new IllegalArgumentException(
          "proficiency must be between " + LOWEST + " and " + HIGHEST + ", was " + level);
    }
  }

  public boolean meets(Proficiency required) {
    return level >= required.level;
  }

  @Override
  public int compareTo(Proficiency other) {
    return Integer.compare(level, other.level);
  }
}
