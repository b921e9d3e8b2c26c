package org.confidant.recordings.infrastructure;

import com.google.crypto.tink.StreamingAead;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.confidant.recordings.domain.ByteRange;
import org.confidant.recordings.domain.PauseFilter;

/**
 * The encrypted media files: {@code <dir>/<first two hex digits of the id>/<id>.rec}, each a Tink streaming-AEAD
 * ciphertext (segments of 1 MB) bound to its recording id as associated data, so a file copied under another id
 * does not decrypt. Plaintext never reaches the disk: the request body is cut (paused spans), hashed and encrypted
 * chunk by chunk on its way to a {@code .part} file, which is synced and atomically renamed when complete.
 */
public final class EncryptedMediaFiles {

  private static final int CHUNK = 64 * 1024;

  private final Path directory;

  public EncryptedMediaFiles(Path directory) {
    this.directory = directory;
  }

  public StoredMedia store(UUID id, StreamingAead cipher, InputStream plaintext, PauseFilter pauses)
      throws IOException {
    Path target = fileOf(id);
    Path part = target.resolveSibling(id + ".rec.part");
    Files.createDirectories(target.getParent());
    MessageDigest sha256 = Digests.sha256();
    try {
      try (OutputStream encrypted = cipher.newEncryptingStream(syncedOnClose(part), associatedData(id))) {
        byte[] chunk = new byte[CHUNK];
        for (int read = plaintext.read(chunk); read != -1; read = plaintext.read(chunk)) {
          pauses.pass(chunk, 0, read, (bytes, offset, count) -> {
            sha256.update(bytes, offset, count);
            encrypted.write(bytes, offset, count);
          });
        }
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e instanceof IOException io ? io : new IOException("could not store recording " + id, e);
    }
    return new StoredMedia(pauses.storedBytes(), HexFormat.of().formatHex(sha256.digest()), pauses.gaps());
  }

  /** Copies the plaintext bytes of {@code range} to {@code out}, decrypting only the segments it touches. */
  public void copy(UUID id, StreamingAead cipher, ByteRange range, OutputStream out) throws IOException {
    try (SeekableByteChannel plaintext = cipher.newSeekableDecryptingChannel(
        FileChannel.open(fileOf(id), StandardOpenOption.READ), associatedData(id))) {
      plaintext.position(range.first());
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
      long left = range.length();
      while (left > 0) {
        buffer.clear().limit((int) Math.min(CHUNK, left));
        int read = plaintext.read(buffer);
        if (read < 0) {
          throw new IOException("recording " + id + " ended before its recorded length");
        }
        out.write(buffer.array(), 0, read);
        left -= read;
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("recording " + id + " cannot be decrypted", e);
    }
  }

  public boolean exists(UUID id) {
    return Files.exists(fileOf(id));
  }

  public boolean delete(UUID id) {
    try {
      return Files.deleteIfExists(fileOf(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path fileOf(UUID id) {
    String name = id.toString();
    return directory.resolve(name.substring(0, 2)).resolve(name + ".rec");
  }

  private static byte[] associatedData(UUID id) {
    return ("confidant-recording:" + id).getBytes(StandardCharsets.US_ASCII);
  }

  /** The file's stream; closing it forces the file's content to the disk before the rename makes it visible. */
  private static OutputStream syncedOnClose(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new FilterOutputStream(Channels.newOutputStream(channel)) {
      @Override
      public void write(byte[] bytes, int offset, int count) throws IOException {
        out.write(bytes, offset, count);
      }

      @Override
      public void close() throws IOException {
        try (channel) {
          channel.force(true);
        }
      }
    };
  }
}
