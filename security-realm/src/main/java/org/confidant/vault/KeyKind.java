package org.confidant.vault;

import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;

/** What a data key is for, and so which Tink key type it is. */
public enum KeyKind {
  /** AEAD for PHI fields (AES-256-GCM). */
  FIELD(PredefinedAeadParameters.AES256_GCM),
  /** Streaming AEAD for recordings and transcripts (AES-256-GCM-HKDF, 1 MB segments: seekable). */
  STREAM(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB),
  /** Keyed blind index (HMAC-SHA256, full tag, no prefix: equal inputs give equal tags). */
  BLIND_INDEX(PredefinedMacParameters.HMAC_SHA256_256BITTAG),
  /** Ed25519 signatures without a Tink prefix, so plain Ed25519 verifiers (the JDK's) accept them. */
  SIGNING(PredefinedSignatureParameters.ED25519WithRawOutput);

  private final Parameters parameters;

  KeyKind(Parameters parameters) {
    this.parameters = parameters;
  }

  Parameters parameters() {
    return parameters;
  }

  /** Binds a wrapped keyset to its kind: a FIELD key presented as a SIGNING key does not unwrap. */
  byte[] associatedData() {
    return ("confidant-vault/" + name()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
