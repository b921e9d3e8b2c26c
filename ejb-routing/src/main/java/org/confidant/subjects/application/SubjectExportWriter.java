package org.confidant.subjects.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.confidant.audit.search.domain.AuditRecord;
import org.confidant.audit.search.domain.ExportKey;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.OrganisationView;
import org.confidant.recordings.infrastructure.ExportPackage;
import org.confidant.subjects.api.SubjectExport;
import org.confidant.subjects.domain.RequestReason;
import org.confidant.vault.ExportSigning;
import org.confidant.vault.VaultException;

/**
 * A data subject's export: a zip of JSON documents (their contact, cases, notes, interactions with notes, recordings'
 * metadata, and who accessed their records), then {@code manifest.json} naming each document with its size and
 * SHA-256, {@code manifest.sig} (the raw Ed25519 signature of the manifest's exact bytes, by the same export-signing
 * key as recordings' exports) and {@code export-signing-key.pem}. A person's records are bounded, so the package is
 * built in memory and sent with its length; recordings' media are exported one by one with their own signed package.
 */
final class SubjectExportWriter {

  static final String FORMAT = "confidant-subject-export/1";
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
  private final JsonArrayBuilder files = Json.createArrayBuilder();

  private SubjectExportWriter() {}

  static SubjectExport write(SubjectFile file, OrganisationView organisation, List<AuditRecord> accessLog,
      RequestReason reason, String exportedBy, Instant exportedAt, ExportSigning signing) {
    SubjectExportWriter writer = new SubjectExportWriter();
    writer.add("contact.json", file.contact().map(contact -> contact(contact, organisation)).orElse(null));
    writer.add("cases.json", file.cases());
    writer.add("notes.json", file.notes());
    writer.add("interactions.json", file.interactions());
    writer.add("recordings.json", file.recordings());
    writer.add("access-log.json", accessLog);
    JsonObjectBuilder manifest = Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("contactId", file.contactId().toString())
        .add("exportedAt", exportedAt.toString())
        .add("exportedBy", exportedBy)
        .add("reason", reason.text())
        .add("recordingMedia", "each recording's media is exported with its own signed package:"
            + " GET /api/v1/recordings/{id}/export");
    byte[] zipped = writer.finish(manifest, signing);
    return new SubjectExport("subject-" + file.contactId() + ".zip", zipped, ExportKey.sha256Hex(zipped));
  }

  /** The contact's own fields, whole; the organisation by id and name. */
  private static Map<String, Object> contact(ContactView contact, OrganisationView organisation) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", contact.id());
    fields.put("name", contact.name());
    fields.put("birthDate", contact.birthDate());
    fields.put("email", contact.email());
    fields.put("phones", contact.phones());
    fields.put("recordNumbers", contact.recordNumbers());
    fields.put("customFields", contact.customFields());
    fields.put("organisation", organisation);
    return fields;
  }

  private void add(String name, Object document) {
    byte[] json = (document == null ? "null" : JSONB.toJson(document)).getBytes(StandardCharsets.UTF_8);
    entry(name, json);
    files.add(Json.createObjectBuilder().add("name", name).add("sizeBytes", json.length)
        .add("sha256", ExportKey.sha256Hex(json)));
  }

  private byte[] finish(JsonObjectBuilder manifest, ExportSigning signing) {
    byte[] signed = manifest.add("files", files)
        .add("signature", Json.createObjectBuilder().add("algorithm", "Ed25519").add("file", ExportPackage.SIGNATURE)
            .add("publicKeySha256", signing.publicKeySha256()))
        .build().toString().getBytes(StandardCharsets.UTF_8);
    entry(ExportPackage.MANIFEST, signed);
    try {
      entry(ExportPackage.SIGNATURE, ExportSigning.rawSignature(signing.signer(), signed));
    } catch (GeneralSecurityException e) {
      throw new VaultException("the export could not be signed", e);
    }
    entry(ExportPackage.PUBLIC_KEY, signing.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
    try {
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void entry(String name, byte[] content) {
    try {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written", e);
    }
  }
}
