package org.confidant.recordings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKeyHolder;

/**
 * KEK rotation for recordings: each recording's data key is unwrapped and wrapped again under the current KEK, row
 * by row; the media files are not touched (their data keys do not change).
 */
@ApplicationScoped
@Transactional
public class RecordingKeys implements WrappedKeyHolder {

  private static final int PAGE = 500;
  /** Below every id as PostgreSQL orders uuids (unsigned bytes; Java's UUID.compareTo is signed). */
  private static final UUID FIRST = new UUID(0, 0);

  @Inject RecordingRows rows;

  @Override
  public int rewrapAll(Vault vault) {
    String current = vault.currentKekId();
    int rewrapped = 0;
    UUID after = FIRST;
    for (List<UUID> page = rows.wrappedByOtherThan(current, after, PAGE); !page.isEmpty();
        page = rows.wrappedByOtherThan(current, after, PAGE)) {
      for (UUID id : page) {
        rewrapped += rows.lockedKey(id).map(key -> {
          rows.replaceKey(id, vault.rewrap(key));
          return 1;
        }).orElse(0);
      }
      after = page.get(page.size() - 1);
    }
    return rewrapped;
  }
}
