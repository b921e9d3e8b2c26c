package org.confidant.audit;

/**
 * The key that verifies the audit trail's checkpoints: Ed25519, as base64 of the 32 raw bytes and as PEM. Either form
 * is what the command-line verifier takes.
 */
public record AuditPublicKey(String algorithm, String publicKey, String pem) {}
