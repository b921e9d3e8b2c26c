package org.confidant.recordings.domain;

/** A well-formed Range header that asks for no byte of the recording (answered 416 with its length). */
public class UnsatisfiableRange extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long length;

  public UnsatisfiableRange(long length) {
    super("the range asks for no byte of a recording of " + length + " bytes");
    this.length = length;
  }

  public long length() {
    return length;
  }
}
