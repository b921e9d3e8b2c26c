package org.confidant.api.recordings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.confidant.recordings.domain.PausedSpan;
import org.confidant.recordings.domain.RecordingIntake;
import org.confidant.recordings.domain.RecordingLinks;

/**
 * What comes with an ingested recording's body, in the query string (the body is the media itself): its call and
 * optional contact, case, matter and queue, the parties, its duration, and the spans paused for a card payment
 * ({@code paused=start-end}, source byte offsets, end exclusive — never stored).
 */
public class RecordingIngest {

  static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final String A_UUID = "must be a UUID";

  @QueryParam("callId") @NotNull @Pattern(regexp = UUID_FORMAT, message = A_UUID) String callId;
  @QueryParam("contactId") @Pattern(regexp = UUID_FORMAT, message = A_UUID) String contactId;
  @QueryParam("caseId") @Pattern(regexp = UUID_FORMAT, message = A_UUID) String caseId;
  @QueryParam("matterId") @Pattern(regexp = UUID_FORMAT, message = A_UUID) String matterId;
  @QueryParam("queueId") @Pattern(regexp = UUID_FORMAT, message = A_UUID) String queueId;

  @QueryParam("party")
  @Size(max = 16)
  List<@NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[\\w.@:+-]+", message = "must be a party identifier")
      String> parties;

  @QueryParam("durationMs") @PositiveOrZero Long durationMs;

  @QueryParam("paused")
  @Size(max = 1000)
  List<@NotNull @Pattern(regexp = PausedSpan.FORMAT, message = "must be start-end (byte offsets)") String> paused;

  @HeaderParam("Content-Type") @NotNull @Size(max = 127) String mediaType;

  RecordingIntake toIntake() {
    return new RecordingIntake(
        new RecordingLinks(uuid(callId), uuid(contactId), uuid(caseId), uuid(matterId), uuid(queueId)),
        parties == null ? List.of() : parties, mediaType, durationMs,
        paused == null ? List.of() : paused.stream().map(PausedSpan::parse).toList());
  }

  private static UUID uuid(String text) {
    return text == null ? null : UUID.fromString(text);
  }
}
