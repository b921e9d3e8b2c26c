package org.confidant.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys: AES-256 keys in a PKCS#12 keystore on local disk, named {@code kek-1}, {@code kek-2}…;
 * the highest number wraps new data keys, older ones stay to unwrap keys not yet rewrapped. The keystore is created
 * on first open and rewritten atomically (owner-only permissions) when a KEK is added.
 */
final class KeyEncryptionKeys {

  private static final String PREFIX = "kek-";
  private static final int KEY_BYTES = 32;

  private final Path keystore;
  private final char[] password;
  private final Map<String, Aead> keks = new LinkedHashMap<>();

  private KeyEncryptionKeys(Path keystore, char[] password) {
    this.keystore = keystore;
    this.password = password.clone();
  }

  /** Opens the keystore, creating it with a first KEK if it does not exist yet. */
  static KeyEncryptionKeys openOrCreate(Path keystore, char[] password) {
    KeyEncryptionKeys keys = new KeyEncryptionKeys(keystore, password);
    if (Files.exists(keystore)) {
      keys.load();
    } else {
      keys.addKek();
    }
    return keys;
  }

  synchronized String currentId() {
    return Collections.max(keks.keySet(), Comparator.comparingInt(KeyEncryptionKeys::number));
  }

  synchronized Aead kek(String id) {
    Aead kek = keks.get(id);
    if (kek == null) {
      throw new VaultException("the key-encryption key " + id + " is not in the vault keystore " + keystore);
    }
    return kek;
  }

  synchronized List<String> ids() {
    return List.copyOf(keks.keySet());
  }

  /** Adds a new KEK, which from now on wraps new and rewrapped data keys; returns its id. */
  synchronized String addKek() {
    String id = PREFIX + (keks.isEmpty() ? 1 : number(currentId()) + 1);
    byte[] raw = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(raw);
    KeyStore store = keks.isEmpty() ? emptyStore() : readStore();
    try {
      store.setEntry(id, new KeyStore.SecretKeyEntry(new SecretKeySpec(raw, "AES")), protection());
      write(store);
      keks.put(id, new AesGcmJce(raw));
      return id;
    } catch (GeneralSecurityException e) {
      throw new VaultException("could not add a key-encryption key to " + keystore, e);
    }
  }

  private void load() {
    KeyStore store = readStore();
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (alias.startsWith(PREFIX)) {
          Key key = store.getKey(alias, password);
          keks.put(alias, new AesGcmJce(key.getEncoded()));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new VaultException("the vault keystore " + keystore + " holds a key that cannot be read", e);
    }
    if (keks.isEmpty()) {
      throw new VaultException("the vault keystore " + keystore + " holds no key-encryption key (kek-N)");
    }
  }

  private KeyStore readStore() {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new VaultException("the vault keystore " + keystore
          + " could not be opened: wrong password, or not a PKCS#12 file (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static KeyStore emptyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new VaultException("this JVM cannot make a PKCS#12 keystore", e);
    }
  }

  /** Writes next to the target, then moves it in place: a crash never leaves a half-written keystore. */
  private void write(KeyStore store) {
    try {
      Files.createDirectories(keystore.toAbsolutePath().getParent());
      Path temporary = keystore.resolveSibling(keystore.getFileName() + ".new");
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | GeneralSecurityException e) {
      throw new VaultException("could not write the vault keystore " + keystore, e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException raced) {
      throw new IOException("another process is writing " + file, raced);
    }
  }

  private KeyStore.PasswordProtection protection() {
    return new KeyStore.PasswordProtection(password);
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(PREFIX.length()));
  }
}
