package org.confidant.recordings.domain;

/**
 * Where a recording has a hole: {@code length} source bytes, captured from {@code sourceOffset}, were paused and not
 * stored; in the stored recording the hole sits at {@code storedOffset} (a player marks it there).
 */
public record PauseGap(long storedOffset, long sourceOffset, long length) {

  public PauseGap {
    if (storedOffset < 0 || sourceOffset < storedOffset || length <= 0) {
      throw new IllegalArgumentException("a gap needs 0 <= storedOffset <= sourceOffset and a positive length");
    }
  }
}
