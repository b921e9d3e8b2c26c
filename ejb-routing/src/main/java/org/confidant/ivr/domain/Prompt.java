package org.confidant.ivr.domain;

/**
 * What the caller hears: a text for speech synthesis or the id of a recording the telephony system holds. A prompt
 * is playable when it has exactly one of the two.
 */
public record Prompt(String text, String recording) {

  public static final int MAX_TEXT = 1000;
  public static final int MAX_RECORDING = 128;

  public static Prompt text(String text) {
    return new Prompt(text, null);
  }

  public static Prompt recording(String recording) {
    return new Prompt(null, recording);
  }

  public boolean isPlayable() {
    return present(text, MAX_TEXT) != present(recording, MAX_RECORDING);
  }

  private static boolean present(String value, int max) {
    return value != null && !value.isBlank() && value.length() <= max;
  }
}
