package org.confidant.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Base64;

/**
 * Writes an export (docs/audit.md, "Export"): JSON lines, UTF-8 — a header with the anchor (the entry just before
 * the first exported one), the entries in sequence order, each checkpoint right after the entry it covers, and an
 * end line (so a truncated file is noticed).
 */
public final class AuditExportWriter {

  public static final String FORMAT = "confidant-audit-export/1";

  private final Writer out;
  private final StringBuilder line = new StringBuilder(512);
  private long entries;
  private long lastSequence;

  public AuditExportWriter(Writer out) {
    this.out = out;
  }

  public void header(ChainHead anchor, Instant from, Instant to, Instant exportedAt) {
    start("export");
    member("format", FORMAT);
    number("anchorSequence", anchor.sequence());
    member("anchorHash", anchor.hash().hex());
    member("from", from == null ? null : from.toString());
    member("to", to == null ? null : to.toString());
    member("exportedAt", exportedAt.toString());
    lastSequence = anchor.sequence();
    finish();
  }

  public void entry(ChainedEntry entry) {
    EntryContent content = entry.content();
    start("entry");
    number("sequence", entry.sequence());
    number("id", entry.id());
    member("recordedAt", CanonicalForm.INSTANT.format(content.recordedAt()));
    member("actor", content.actor());
    member("roles", content.roles());
    member("action", content.action());
    member("resourceType", content.resourceType());
    member("resourceId", content.resourceId());
    member("outcome", content.outcome());
    member("clientAddress", content.clientAddress());
    member("reason", content.reason());
    member("hash", entry.hash().hex());
    entries++;
    lastSequence = entry.sequence();
    finish();
  }

  public void checkpoint(Checkpoint checkpoint) {
    start("checkpoint");
    number("sequence", checkpoint.sequence());
    member("headHash", checkpoint.headHash().hex());
    member("signedAt", CanonicalForm.INSTANT.format(checkpoint.signedAt()));
    member("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
    finish();
  }

  public void end() {
    start("end");
    number("entries", entries);
    number("lastSequence", lastSequence);
    finish();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start(String type) {
    line.setLength(0);
    line.append("{\"type\":\"").append(type).append('"');
  }

  private void member(String name, String value) {
    line.append(",\"").append(name).append("\":");
    FlatJson.appendString(line, value);
  }

  private void number(String name, long value) {
    line.append(",\"").append(name).append("\":").append(value);
  }

  private void finish() {
    line.append("}\n");
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
