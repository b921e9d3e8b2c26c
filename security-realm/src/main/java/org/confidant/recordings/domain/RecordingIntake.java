package org.confidant.recordings.domain;

import java.util.List;
import java.util.Objects;

/** What comes with a recording's media when it is ingested: its links, parties, format and paused spans. */
public record RecordingIntake(
    RecordingLinks links, List<String> parties, String mediaType, Long durationMillis, List<PausedSpan> pausedSpans) {

  public RecordingIntake {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(mediaType, "mediaType");
    parties = List.copyOf(parties);
    pausedSpans = List.copyOf(pausedSpans);
  }

  public PauseFilter pauseFilter() {
    return new PauseFilter(pausedSpans);
  }
}
