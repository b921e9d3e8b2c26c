package org.confidant.audit.domain;

import java.util.Objects;

/** The last entry of the chain: its sequence and hash. The empty chain is {@link #EMPTY}. */
public record ChainHead(long sequence, ChainHash hash) {

  public static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);

  public ChainHead {
    Objects.requireNonNull(hash, "hash");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
  }
}
