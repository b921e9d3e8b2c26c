package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.confidant.audit.domain.ChainFinding.Problem;
import org.junit.jupiter.api.Test;

class ExportVerifierTest {

  private final TestChains.JdkSigner signer = new TestChains.JdkSigner();

  /** An export of entries 3..10 of a 10-entry chain with checkpoints at 6 and 10. */
  static String export(List<ChainedEntry> chain, CheckpointSigner signer) {
    StringWriter text = new StringWriter();
    AuditExportWriter export = new AuditExportWriter(text);
    export.header(new ChainHead(2, chain.get(1).hash()), null, null, Instant.parse("2026-11-25T02:00:00Z"));
    for (ChainedEntry entry : chain.subList(2, chain.size())) {
      export.entry(entry);
      if (entry.sequence() % 6 == 0 || entry.sequence() == chain.size()) {
        export.checkpoint(Checkpoint.sign(new ChainHead(entry.sequence(), entry.hash()), TestChains.T0, signer));
      }
    }
    export.end();
    return text.toString();
  }

  @Test
  void anExportWrittenByTheServerVerifiesWithThePublicKeyAlone() throws IOException {
    ChainVerification result = verify(export(TestChains.chain(10), signer));

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesVerified()).isEqualTo(8);
    assertThat(result.checkpointsVerified()).isEqualTo(2);
    assertThat(result.unsignedEntries()).isZero();
  }

  @Test
  void textWithQuotesNewlinesAndAccentsSurvivesTheExport() throws IOException {
    List<ChainedEntry> chain = new AuditChain().seal(ChainHead.EMPTY, List.of(new AuditChain.Unsealed(1,
        new EntryContent(TestChains.T0, "zoë \"the\" \\ admin", "a,b", "x\ny", "t\u0001", null, "SUCCESS",
            "::1", "a reason\twith tab"))));
    StringWriter text = new StringWriter();
    AuditExportWriter export = new AuditExportWriter(text);
    export.header(ChainHead.EMPTY, null, null, TestChains.T0);
    export.entry(chain.get(0));
    export.end();

    assertThat(verify(text.toString()).intact()).isTrue();
  }

  @Test
  void anEditedLineIsNamed() throws IOException {
    String export = export(TestChains.chain(10), signer).replace("\"resourceId\":\"c-7\"", "\"resourceId\":\"c-70\"");

    ChainFinding finding = verify(export).firstFailure();
    assertThat(finding.sequence()).isEqualTo(7);
    assertThat(finding.problem()).isEqualTo(Problem.CHANGED);
  }

  @Test
  void aForgedAnchorIsCaughtByTheFirstCheckpoint() throws IOException {
    String export = export(TestChains.chain(10), signer)
        .replaceFirst("\"anchorHash\":\"[0-9a-f]{64}\"", "\"anchorHash\":\"" + ChainHash.GENESIS.hex() + "\"");

    ChainFinding finding = verify(export).firstFailure();
    assertThat(finding.problem()).isEqualTo(Problem.CHANGED);
    assertThat(finding.sequence()).isEqualTo(3);
  }

  @Test
  void aTruncatedExportDoesNotVerify() throws IOException {
    String export = export(TestChains.chain(10), signer);
    String truncated = export.substring(0, export.lastIndexOf("{\"type\":\"end\""));

    assertThat(verify(truncated).firstFailure().problem()).isEqualTo(Problem.UNREADABLE);
  }

  @Test
  void aBrokenLineIsUnreadable() throws IOException {
    String export = export(TestChains.chain(10), signer).replace("\"sequence\":5,", "\"sequence\":five,");

    ChainFinding finding = verify(export).firstFailure();
    assertThat(finding.problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(finding.detail()).contains("line 4");
  }

  private ChainVerification verify(String export) throws IOException {
    return new ExportVerifier(signer.verificationKey(), n -> { }, 1000)
        .verify(new BufferedReader(new StringReader(export)));
  }
}
