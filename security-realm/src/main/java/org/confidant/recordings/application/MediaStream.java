package org.confidant.recordings.application;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.OutputStream;
import org.confidant.recordings.domain.ByteRange;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.infrastructure.EncryptedMediaFiles;

/**
 * A recording opened for playback (access already checked and audited): its media type and length, and the
 * plaintext bytes of any range of it, decrypted as they are written out.
 */
public final class MediaStream {

  private final Recording recording;
  private final StreamingAead cipher;
  private final EncryptedMediaFiles files;

  MediaStream(Recording recording, StreamingAead cipher, EncryptedMediaFiles files) {
    this.recording = recording;
    this.cipher = cipher;
    this.files = files;
  }

  Recording recording() {
    return recording;
  }

  public String mediaType() {
    return recording.mediaType();
  }

  public long length() {
    return recording.sizeBytes();
  }

  public void writeTo(ByteRange range, OutputStream out) throws IOException {
    files.copy(recording.id(), cipher, range, out);
  }
}
