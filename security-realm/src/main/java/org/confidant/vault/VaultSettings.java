package org.confidant.vault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the KEK keystore is and what unlocks it. Defaults sit in the installation's secrets directory, which the
 * launcher creates owner-only; operators can point both elsewhere (docs/vault.md).
 */
@ApplicationScoped
public class VaultSettings {

  @Inject
  @ConfigProperty(name = "confidant.vault.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "confidant.vault.password-file")
  Optional<String> passwordFile;

  /** For platforms that hand secrets over in the environment; a file is preferred (it does not leak to children). */
  @Inject
  @ConfigProperty(name = "confidant.vault.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "confidant.secrets-dir")
  Optional<String> secretsDir;

  Path keystore() {
    return keystore.map(Path::of).orElseGet(() -> inSecretsDir("vault-keys.p12", "CONFIDANT_VAULT_KEYSTORE"));
  }

  char[] password() {
    if (password.isPresent() && !password.get().isBlank()) {
      return password.get().toCharArray();
    }
    Path file = passwordFile.map(Path::of)
        .orElseGet(() -> inSecretsDir("vault-password", "CONFIDANT_VAULT_PASSWORD_FILE"));
    try {
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new VaultException("the vault password file " + file + " is empty");
      }
      return secret.toCharArray();
    } catch (IOException e) {
      throw new VaultException("the vault is locked: cannot read its password file " + file
          + " (set CONFIDANT_VAULT_PASSWORD_FILE, or run ./confidant which creates it)", e);
    }
  }

  private Path inSecretsDir(String file, String setting) {
    return secretsDir.map(dir -> Path.of(dir, file)).orElseThrow(() -> new VaultException(
        "the vault is not configured: set " + setting + " or CONFIDANT_SECRETS_DIR"));
  }
}
