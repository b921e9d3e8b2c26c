package org.confidant.vault;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a sealed value lives: table, column and row. It is the AEAD's associated data, so a ciphertext opens only
 * in its own place: copied to another row or column (even of the same contact, under the same key) it fails to open.
 */
public record FieldAddress(String table, String column, UUID rowId) {

  private static final String VERSION = "confidant.field.v1";

  public FieldAddress {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rowId, "rowId");
  }

  public byte[] associatedData() {
    return String.join("\u0000", VERSION, table, column, rowId.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
