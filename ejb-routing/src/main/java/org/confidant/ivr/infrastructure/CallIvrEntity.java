package org.confidant.ivr.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.domain.IvrStep;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call's walk through an IVR tree the server runs: what it needs to replay the walk, and where it led. */
@Entity
@Table(name = "call_ivr")
public class CallIvrEntity {

  /** Whether the call is still in the IVR. */
  public enum Status { RUNNING, DONE }

  @Id
  @Column(name = "call_id")
  private UUID callId;

  @Column(name = "tree_id", nullable = false)
  private UUID treeId;

  @Column(name = "tree_version", nullable = false)
  private long treeVersion;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private String definition;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(nullable = false)
  private boolean emergency;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private String entries;

  @Column(nullable = false, length = 16)
  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "waiting_at", length = 64)
  private String waitingAt;

  @Column(length = 16)
  private String outcome;

  @Column(name = "outcome_target", length = 128)
  private String outcomeTarget;

  @Column(name = "priority_boost")
  private Integer priorityBoost;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private String path;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected CallIvrEntity() {}

  public CallIvrEntity(UUID callId, IvrTreeEntity tree, Instant startedAt, boolean emergency) {
    this.callId = callId;
    this.treeId = tree.getId();
    this.treeVersion = tree.getVersion();
    this.definition = JsonDocuments.write(tree.getDefinition());
    this.startedAt = startedAt;
    this.emergency = emergency;
    this.status = Status.RUNNING;
    this.entries = "[]";
    this.path = "[]";
  }

  /** The walk so far: the caller's entries (as stored), the path, and the node waiting for keys. */
  public void progressed(List<String> newEntries, List<IvrStep> newPath, String waitingNode) {
    this.entries = JsonDocuments.write(newEntries);
    this.path = JsonDocuments.write(newPath);
    this.waitingAt = waitingNode;
  }

  /** The call left the IVR: how, to where (a queue id or a mailbox) and with which priority boost. */
  public void done(String how, String target, Integer boost, Instant at) {
    this.status = Status.DONE;
    this.waitingAt = null;
    this.outcome = how;
    this.outcomeTarget = target;
    this.priorityBoost = boost;
    this.finishedAt = at;
  }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  public UUID getTreeId() {
    return treeId;
  }

  public IvrDefinition getDefinition() {
    return JsonDocuments.read(definition, IvrDefinition.class);
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public boolean isEmergency() {
    return emergency;
  }

  public List<String> getEntries() {
    return List.of(JsonDocuments.read(entries, String[].class));
  }

  /** The walk so far as stored: node ids, what happened, the key chosen (never digits collected). */
  public List<IvrStep> getPath() {
    return List.of(JsonDocuments.read(path, IvrStep[].class));
  }
}
