package org.confidant.subjects.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.domain.RequestReason;

/** An erasure request, and once carried out its signed report. */
@Entity
@Table(name = "subject_erasure")
public class ErasureEntity {

  @Id private UUID id;

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(nullable = false, length = 16)
  private String state;

  @Column(name = "requested_by", nullable = false, length = 128)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "approved_by", length = 128)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(columnDefinition = "text")
  private String report;

  @Column(name = "report_signature")
  private byte[] reportSignature;

  protected ErasureEntity() {}

  public ErasureEntity(ErasureRequest request) {
    this.id = request.id();
    this.contactId = request.contactId();
    this.reason = request.reason().text();
    this.requestedBy = request.requestedBy();
    this.requestedAt = request.requestedAt();
    this.state = request.state().name();
  }

  public ErasureRequest toRequest() {
    return new ErasureRequest(id, contactId, new RequestReason(reason), ErasureRequest.State.valueOf(state),
        requestedBy, requestedAt, approvedBy, approvedAt);
  }

  /** The approval and the report signed for it, written together (the schema requires both or neither). */
  public void carriedOut(ErasureRequest approved, String signedReport, byte[] signature) {
    this.state = approved.state().name();
    this.approvedBy = approved.approvedBy();
    this.approvedAt = approved.approvedAt();
    this.report = signedReport;
    this.reportSignature = signature.clone();
  }

  public String report() {
    return report;
  }

  public byte[] reportSignature() {
    return reportSignature == null ? null : reportSignature.clone();
  }
}
