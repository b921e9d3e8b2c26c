package org.confidant.vault;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Unlocks the vault while deploying, so a missing or wrong password fails the deployment with its reason. */
@Singleton
@Startup
public class VaultStartup {

  private static final Logger LOG = Logger.getLogger(VaultStartup.class.getName());

  @Inject Vault vault;

  @PostConstruct
  void unlock() {
    String current = vault.currentKekId();
    LOG.info(() -> "Vault unlocked: " + vault.kekIds().size() + " key-encryption key(s), current " + current);
  }
}
