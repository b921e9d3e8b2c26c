package org.confidant.subjects.application;

import java.util.List;
import java.util.UUID;
import org.confidant.subjects.api.ErasureView;

/** An erasure just committed, and the recordings whose ciphertext files are to be deleted now. */
public record CarriedOutErasure(ErasureView view, List<UUID> recordingsShredded) {

  public CarriedOutErasure {
    recordingsShredded = List.copyOf(recordingsShredded);
  }
}
