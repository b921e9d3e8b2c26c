package org.confidant.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.confidant.telephony.domain.Signature.Verdict;
import org.junit.jupiter.api.Test;

class SignatureTest {

  private static final String SECRET = "3f1c0a9e5d7b2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final byte[] BODY = "{\"callId\":\"c1\",\"sequence\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignatureMadeWithTheSecretVerifies() {
    assertThat(Signature.verify(SECRET, Signature.sign(SECRET, NOW, BODY), BODY, NOW)).isEqualTo(Verdict.VALID);
  }

  @Test
  void theHeaderIsTheUnixTimeAndTheHexHmacOfTimeDotBodyAsOpensslComputesIt() {
    // printf '%s' "1795514400.$BODY" | openssl dgst -sha256 -hmac "$SECRET" (the recipe of docs/cti-api.md)
    assertThat(Signature.sign(SECRET, NOW, BODY))
        .isEqualTo("t=1795514400,v1=3a7d1f1c18c18cf8de5b0435193e2e986b5fbac9f305b9dcfcda2342e8667523");
  }

  @Test
  void aTamperedBodyDoesNotVerify() {
    String header = Signature.sign(SECRET, NOW, BODY);
    byte[] tampered = "{\"callId\":\"c1\",\"sequence\":2}".getBytes(StandardCharsets.UTF_8);

    assertThat(Signature.verify(SECRET, header, tampered, NOW)).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aSignatureMadeWithAnotherSecretDoesNotVerify() {
    String header = Signature.sign(SECRET.replace('3', '4'), NOW, BODY);

    assertThat(Signature.verify(SECRET, header, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aSignatureOutsideTheFiveMinuteWindowHasExpiredEitherWay() {
    String old = Signature.sign(SECRET, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), BODY);
    String future = Signature.sign(SECRET, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), BODY);
    String edge = Signature.sign(SECRET, NOW.minus(Duration.ofMinutes(5)), BODY);

    assertThat(Signature.verify(SECRET, old, BODY, NOW)).isEqualTo(Verdict.EXPIRED);
    assertThat(Signature.verify(SECRET, future, BODY, NOW)).isEqualTo(Verdict.EXPIRED);
    assertThat(Signature.verify(SECRET, edge, BODY, NOW)).isEqualTo(Verdict.VALID);
  }

  @Test
  void theTimeIsPartOfWhatIsSigned() {
    String header = Signature.sign(SECRET, NOW, BODY);
    String movedTime = header.replace("t=1795514400", "t=1795514460");

    assertThat(Signature.verify(SECRET, movedTime, BODY, NOW)).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void anyOfSeveralValuesMayMatchAndTheOrderOfPartsDoesNotMatter() {
    String valid = Signature.sign(SECRET, NOW, BODY);
    String value = valid.substring(valid.indexOf("v1=") + 3);
    String header = "v1=" + "0".repeat(64) + ", v1=" + value + ", t=" + NOW.getEpochSecond();

    assertThat(Signature.verify(SECRET, header, BODY, NOW)).isEqualTo(Verdict.VALID);
  }

  @Test
  void missingAndMalformedHeadersAreToldApart() {
    assertThat(Signature.verify(SECRET, null, BODY, NOW)).isEqualTo(Verdict.MISSING);
    assertThat(Signature.verify(SECRET, " ", BODY, NOW)).isEqualTo(Verdict.MISSING);
    assertThat(Signature.verify(SECRET, "sha256=abc", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
    assertThat(Signature.verify(SECRET, "t=now,v1=" + "a".repeat(64), BODY, NOW)).isEqualTo(Verdict.MALFORMED);
    assertThat(Signature.verify(SECRET, "t=" + NOW.getEpochSecond(), BODY, NOW)).isEqualTo(Verdict.MALFORMED);
    assertThat(Signature.verify(SECRET, "t=" + NOW.getEpochSecond() + ",v1=xyz", BODY, NOW))
        .isEqualTo(Verdict.MISMATCH);
  }
}
