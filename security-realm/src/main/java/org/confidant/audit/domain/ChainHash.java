package org.confidant.audit.domain;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value of the chain: an entry's hash, or the hash of the chain's head. */
public final class ChainHash {

  public static final int LENGTH = 32;

  /** The "previous hash" of the first entry: 32 zero bytes. */
  public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private ChainHash(byte[] bytes) {
    this.bytes = bytes;
  }

  public static ChainHash of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new IllegalArgumentException("a chain hash has " + LENGTH + " bytes");
    }
    return new ChainHash(bytes.clone());
  }

  public static ChainHash fromHex(String hex) {
    return of(HEX.parseHex(hex));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HEX.formatHex(bytes);
  }

  void writeTo(java.security.MessageDigest digest) {
    digest.update(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChainHash that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
