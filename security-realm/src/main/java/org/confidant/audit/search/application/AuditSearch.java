package org.confidant.audit.search.application;

import com.google.crypto.tink.PublicKeySign;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.List;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.audit.search.domain.AuditCsv;
import org.confidant.audit.search.domain.AuditPage;
import org.confidant.audit.search.domain.AuditQuery;
import org.confidant.audit.search.domain.AuditRecord;
import org.confidant.audit.search.domain.ExportFormat;
import org.confidant.audit.search.domain.ExportKey;
import org.confidant.audit.search.domain.SignedExport;
import org.confidant.audit.search.infrastructure.AuditEntryQueries;
import org.confidant.identity.Roles;
import org.confidant.vault.KeyKind;
import org.confidant.vault.SystemKeys;
import org.confidant.vault.Vault;
import org.confidant.vault.VaultException;
import org.confidant.vault.WrappedKey;

/**
 * The auditor's view of the trail: search, a resource's access timeline ("who looked at this record") and signed
 * exports. Auditors see ids, actions and outcomes, never what a record contains. A timeline and an export are
 * themselves audited (an export by its SHA-256, so the file in hand can be matched with its entry).
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditSearch {

  /** The system key that signs exports (Ed25519, in the vault). */
  public static final String SIGNING_KEY = "audit-export";
  public static final int MAX_EXPORT = 100_000;

  @Inject AuditEntryQueries queries;

  @Inject AuditTrail audit;

  @Inject Vault vault;

  @Inject SystemKeys systemKeys;

  public AuditPage search(AuditQuery query) {
    return queries.page(query);
  }

  public AuditPage timeline(String resourceType, String resourceId, int page, int size) {
    AuditPage timeline = queries.page(AuditQuery.timelineOf(resourceType, resourceId, page, size));
    audit.record("audit.timeline.viewed", resourceType == null ? "any" : resourceType, resourceId,
        AuditOutcome.SUCCESS);
    return timeline;
  }

  /**
   * Who did what to any of these resources (a data subject's contact, cases, calls and recordings), newest first, at
   * most {@code limit} entries: for a data-subject request, which audits itself.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<AuditRecord> naming(Collection<String> resourceIds, int limit) {
    return resourceIds.isEmpty() ? List.of() : queries.naming(resourceIds, limit);
  }

  /** Everything the criteria find (their page ignored), newest first, signed; at most {@link #MAX_EXPORT} entries. */
  public SignedExport export(AuditQuery query, ExportFormat format) {
    List<AuditRecord> entries = queries.all(query, MAX_EXPORT + 1);
    if (entries.size() > MAX_EXPORT) {
      throw new ExportTooLarge(MAX_EXPORT);
    }
    byte[] content = (format == ExportFormat.CSV ? AuditCsv.of(entries) : AuditJson.of(entries))
        .getBytes(StandardCharsets.UTF_8);
    SignedExport export = new SignedExport(content, format, sign(content), exportKey().id(),
        ExportKey.sha256Hex(content));
    audit.record("audit.exported", "audit-export", export.sha256(), AuditOutcome.SUCCESS);
    return export;
  }

  public ExportKey exportKey() {
    return new ExportKey(vault.publicKey(signingKey()));
  }

  private byte[] sign(byte[] content) {
    PublicKeySign signer = vault.signer(signingKey());
    try {
      return signer.sign(content);
    } catch (GeneralSecurityException e) {
      throw new VaultException("the export could not be signed", e);
    }
  }

  private WrappedKey signingKey() {
    return systemKeys.named(SIGNING_KEY, KeyKind.SIGNING);
  }
}
