package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CanonicalEntryTest {

  private static final Instant WHEN = Instant.parse("2026-11-25T08:30:00.000001Z");

  @Test
  void encodesTheDocumentedFieldsInOrderWithLengthPrefixes() {
    EntryContent content = new EntryContent(WHEN, "sam", "auditor", "contact.read", "contact", "c-1", "SUCCESS",
        null, "é");
    String hex = HexFormat.of().formatHex(CanonicalEntry.encode(7, content));
    assertThat(hex).isEqualTo(
        field("confidant-audit-entry/1") + "0000000000000007" + field("2026-11-25T08:30:00.000001Z") + field("sam")
            + field("auditor") + field("contact.read") + field("contact") + field("c-1") + field("SUCCESS")
            + "ffffffff" + "00000002c3a9");
  }

  @Test
  void theTimeAlwaysHasSixFractionDigitsInUtc() {
    EntryContent onTheSecond = new EntryContent(Instant.parse("2026-01-02T03:04:05Z"), "a", "", "x", "y", null,
        "SUCCESS", null, null);
    assertThat(new String(CanonicalEntry.encode(1, onTheSecond), StandardCharsets.UTF_8))
        .contains("2026-01-02T03:04:05.000000Z");
  }

  @Test
  void fieldBoundariesAreUnambiguous() {
    EntryContent ab = new EntryContent(WHEN, "ab", "c", "x", "y", null, "SUCCESS", null, null);
    EntryContent a = new EntryContent(WHEN, "a", "bc", "x", "y", null, "SUCCESS", null, null);
    assertThat(CanonicalEntry.encode(1, ab)).isNotEqualTo(CanonicalEntry.encode(1, a));
  }

  @Test
  void anAbsentFieldIsNotAnEmptyOne() {
    EntryContent absent = new EntryContent(WHEN, "a", "", "x", "y", null, "SUCCESS", null, null);
    EntryContent empty = new EntryContent(WHEN, "a", "", "x", "y", "", "SUCCESS", null, null);
    assertThat(CanonicalEntry.encode(1, absent)).isNotEqualTo(CanonicalEntry.encode(1, empty));
  }

  @Test
  void theHashIsSha256OfThePreviousHashAndTheCanonicalForm() throws Exception {
    EntryContent content = TestChains.content(1);
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(ChainHash.GENESIS.bytes());
    sha.update(CanonicalEntry.encode(1, content));
    assertThat(new AuditChain().link(ChainHash.GENESIS, 1, content)).isEqualTo(ChainHash.of(sha.digest()));
  }

  private static String field(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return String.format("%08x", bytes.length) + HexFormat.of().formatHex(bytes);
  }
}
