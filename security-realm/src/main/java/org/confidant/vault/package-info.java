/**
 * The vault: envelope encryption with Google Tink. Data keys (one per recording, per contact record, or a named
 * deployment-wide key) are Tink keysets stored next to what they protect, encrypted by a key-encryption key (KEK)
 * held in a PKCS#12 keystore on local disk and unlocked at start from a password file or the environment. Rotating
 * the KEK rewraps data keys without touching bulk ciphertext; destroying a data key destroys its data
 * (crypto-shredding). See docs/vault.md.
 */
package org.confidant.vault;
