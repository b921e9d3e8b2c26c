package org.confidant.bench.recordings;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/** A STREAM data key as the vault makes them (Tink AES256_GCM_HKDF_1MB), without the KEK around it. */
final class Keys {

  private Keys() {}

  static StreamingAead streamCipher() throws GeneralSecurityException {
    StreamingAeadConfig.register();
    return KeysetHandle.newBuilder()
        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
            .withRandomId().makePrimary())
        .build()
        .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
  }
}
