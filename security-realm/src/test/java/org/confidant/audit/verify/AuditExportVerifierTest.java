package org.confidant.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.confidant.audit.domain.ExportSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditExportVerifierTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void anIntactExportExitsZero() throws IOException {
    ExportSamples sample = ExportSamples.tenEntries();

    assertThat(run(sample.export(), sample.publicKeyPem())).isEqualTo(AuditExportVerifier.VERIFIED);
    assertThat(printed()).contains("8 entries and 2 checkpoints verified").contains("RESULT: INTACT");
  }

  @Test
  void aTamperedExportExitsNonZeroAndNamesTheEntry() throws IOException {
    ExportSamples sample = ExportSamples.tenEntries();
    String tampered = sample.export().replace("\"actor\":\"user-5\"", "\"actor\":\"user-6\"");

    assertThat(run(tampered, sample.publicKeyBase64())).isEqualTo(AuditExportVerifier.NOT_VERIFIED);
    assertThat(printed()).contains("RESULT: BROKEN at entry 5 (row id 1005): CHANGED");
  }

  @Test
  void aMissingFileCannotRun() {
    assertThat(AuditExportVerifier.run(new String[] {"nope.jsonl", "nope.pem"}, print(), print()))
        .isEqualTo(AuditExportVerifier.CANNOT_RUN);
  }

  private int run(String export, String key) throws IOException {
    Path exportFile = Files.writeString(dir.resolve("export.jsonl"), export);
    Path keyFile = Files.writeString(dir.resolve("key.pem"), key);
    return AuditExportVerifier.run(new String[] {exportFile.toString(), keyFile.toString()}, print(), print());
  }

  private PrintStream print() {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
