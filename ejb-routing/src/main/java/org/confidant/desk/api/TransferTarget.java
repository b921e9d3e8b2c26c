package org.confidant.desk.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import java.util.stream.Stream;

/** Where a transfer or conference goes: exactly one of an agent, a queue, or a number in E.164. */
public record TransferTarget(
    UUID agentId,
    UUID queueId,
    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be a number in E.164, e.g. +441632960123") String number) {

  @AssertTrue(message = "give exactly one of agentId, queueId or number")
  public boolean isSingle() {
    return Stream.of(agentId, queueId, number).filter(java.util.Objects::nonNull).count() == 1;
  }
}
