package org.confidant.recordings.infrastructure;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/** Tink keys made in the test, as the vault would hand them out (without the KEK around them). */
final class TestKeys {

  private TestKeys() {}

  static StreamingAead streamCipher() throws GeneralSecurityException {
    StreamingAeadConfig.register();
    return generated(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
        .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
  }

  static KeysetHandle signingKeyset() throws GeneralSecurityException {
    SignatureConfig.register();
    return generated(PredefinedSignatureParameters.ED25519);
  }

  private static KeysetHandle generated(Parameters parameters) throws GeneralSecurityException {
    return KeysetHandle.newBuilder()
        .addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
        .build();
  }

  static PublicKeySign signer(KeysetHandle keyset) throws GeneralSecurityException {
    return keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
  }
}
