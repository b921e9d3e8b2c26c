package org.confidant.console.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path as the API names it ({@code steps[1].skills[0].minProficiency}) in words a supervisor reads on a page
 * ("Step 2, skill 1, min proficiency").
 */
public final class FieldNames {

  private static final Pattern SEGMENT = Pattern.compile("(\\w+?)(?:\\[(\\d+)])?");
  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private FieldNames() {}

  public static String readable(String path) {
    if (path == null || path.isBlank()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String segment : path.split("\\.")) {
      parts.add(readableSegment(segment));
    }
    String words = String.join(", ", parts);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** {@code skills[0]} is "skill 1" (one of the list, counted from one); {@code minProficiency} "min proficiency". */
  private static String readableSegment(String segment) {
    Matcher matcher = SEGMENT.matcher(segment);
    if (!matcher.matches()) {
      return segment;
    }
    String words = WORD_START.matcher(matcher.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (matcher.group(2) == null) {
      return words;
    }
    String one = words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    return one + " " + (Integer.parseInt(matcher.group(2)) + 1);
  }
}
