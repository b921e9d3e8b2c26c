package org.confidant.vault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deployment-wide named keys (the audit checkpoint signing key, the phone-number blind-index key…), stored wrapped
 * in {@code vault_system_key} and kept in memory once read. A key is created in its own committed transaction, so
 * a caller that rolls back never leaves the cache holding a key the database does not.
 */
@ApplicationScoped
public class SystemKeys implements WrappedKeyHolder {

  @Inject Vault vault;
  @Inject SystemKeyStore store;

  private final Map<String, WrappedKey> cache = new ConcurrentHashMap<>();

  /** The key of this name, created on first use. */
  public WrappedKey named(String name, KeyKind kind) {
    WrappedKey key = cache.computeIfAbsent(name, missing -> store.findOrCreate(missing, vault.newDataKey(kind)));
    if (key.kind() != kind) {
      throw new VaultException("the system key " + name + " is a " + key.kind() + " key, not " + kind);
    }
    return key;
  }

  @Override
  public int rewrapAll(Vault current) {
    int rewrapped = store.rewrapAll(current);
    cache.clear();
    return rewrapped;
  }
}
