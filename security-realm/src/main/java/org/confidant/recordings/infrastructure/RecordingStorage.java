package org.confidant.recordings.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recordings' storage directory: {@code CONFIDANT_RECORDINGS_DIR} (MicroProfile Config property
 * {@code confidant.recordings.dir}), else {@code ${jboss.server.data.dir}/confidant/recordings}.
 */
@ApplicationScoped
public class RecordingStorage {

  @Inject
  @ConfigProperty(name = "confidant.recordings.dir")
  Optional<String> configured;

  private EncryptedMediaFiles files;

  @PostConstruct
  void open() {
    files = new EncryptedMediaFiles(directory());
  }

  public EncryptedMediaFiles files() {
    return files;
  }

  private Path directory() {
    return configured.filter(dir -> !dir.isBlank()).map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "confidant", "recordings"));
  }
}
