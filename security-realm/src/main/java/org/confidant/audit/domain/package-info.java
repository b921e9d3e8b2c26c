/**
 * The tamper-evident audit chain as plain Java (docs/audit.md): the canonical form of entries and checkpoints, the
 * SHA-256 chain, the checkpoint policy, Ed25519 verification, the export format and the verifier that walks a chain
 * and names the first place that does not verify. Nothing here needs more than the JDK, so the command-line
 * verifier runs from the security-realm jar alone.
 */
package org.confidant.audit.domain;
