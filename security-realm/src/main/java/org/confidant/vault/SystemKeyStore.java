package org.confidant.vault;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The {@code vault_system_key} table. */
@Stateless
@PermitAll
public class SystemKeyStore {

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  /** The stored key of this name, or {@code candidate} stored under it if there was none (first writer wins). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public WrappedKey findOrCreate(String name, WrappedKey candidate) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vault_system_key"
          + " (name, key_kind, kek_id, wrapped_key) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
        insert.setString(1, name);
        insert.setString(2, candidate.kind().name());
        insert.setString(3, candidate.kekId());
        insert.setBytes(4, candidate.ciphertext());
        insert.executeUpdate();
      }
      return find(connection, name);
    } catch (SQLException e) {
      throw new VaultException("could not read or store the system key " + name, e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int rewrapAll(Vault vault) {
    String current = vault.currentKekId();
    try (Connection connection = dataSource.getConnection()) {
      List<String> stale = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT name FROM vault_system_key WHERE kek_id <> ? FOR UPDATE")) {
        select.setString(1, current);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            stale.add(rows.getString(1));
          }
        }
      }
      for (String name : stale) {
        WrappedKey rewrapped = vault.rewrap(find(connection, name));
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE vault_system_key SET kek_id = ?, wrapped_key = ? WHERE name = ?")) {
          update.setString(1, rewrapped.kekId());
          update.setBytes(2, rewrapped.ciphertext());
          update.setString(3, name);
          update.executeUpdate();
        }
      }
      return stale.size();
    } catch (SQLException e) {
      throw new VaultException("could not rewrap the system keys", e);
    }
  }

  private static WrappedKey find(Connection connection, String name) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT key_kind, kek_id, wrapped_key FROM vault_system_key WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new VaultException("the system key " + name + " vanished while being read");
        }
        return WrappedKey.of(row.getString(1), row.getString(2), row.getBytes(3));
      }
    }
  }
}
