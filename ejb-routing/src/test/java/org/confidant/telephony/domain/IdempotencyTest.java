package org.confidant.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.confidant.telephony.domain.Idempotency.Decision;
import org.confidant.telephony.domain.Idempotency.PriorUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final String BODY = Idempotency.digest("{\"sequence\":1}".getBytes(StandardCharsets.UTF_8));
  private static final String OTHER_BODY = Idempotency.digest("{\"sequence\":2}".getBytes(StandardCharsets.UTF_8));

  @Test
  void aNewKeyIsApplied() {
    assertThat(Idempotency.decide(null, BODY, NOW)).isEqualTo(Decision.APPLY);
  }

  @Test
  void theSameKeyWithTheSameBodyIsAnsweredFromTheStoredResponse() {
    PriorUse prior = new PriorUse(BODY, NOW.plus(Idempotency.RETENTION));

    assertThat(Idempotency.decide(prior, BODY, NOW)).isEqualTo(Decision.REPLAY);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflict() {
    PriorUse prior = new PriorUse(BODY, NOW.plusSeconds(60));

    assertThat(Idempotency.decide(prior, OTHER_BODY, NOW)).isEqualTo(Decision.CONFLICT);
  }

  @Test
  void anExpiredKeyStartsOver() {
    assertThat(Idempotency.decide(new PriorUse(OTHER_BODY, NOW), BODY, NOW)).isEqualTo(Decision.APPLY);
    assertThat(Idempotency.decide(new PriorUse(BODY, NOW.minusSeconds(1)), BODY, NOW)).isEqualTo(Decision.APPLY);
  }

  @Test
  void theDigestIsTheHexSha256OfTheRawBody() {
    assertThat(Idempotency.digest(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "9f0c2a7e-1b2d-4c8e-9a6b-3f5d7e9a1c2b", "retry key #1"})
  void printableKeysUpTo255CharactersAreAccepted(String key) {
    assertThat(Idempotency.isValidKey(key)).isTrue();
    assertThat(Idempotency.isValidKey("k".repeat(255))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "tab\there", "new\nline", "caf\u00e9"})
  void emptyBlankOrNonPrintableKeysAreRefused(String key) {
    assertThat(Idempotency.isValidKey(key)).isFalse();
    assertThat(Idempotency.isValidKey("k".repeat(256))).isFalse();
    assertThat(Idempotency.isValidKey(null)).isFalse();
  }
}
