package org.confidant.recordings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.RecordType;
import org.confidant.recordings.domain.RetentionPolicy;
import org.confidant.recordings.infrastructure.RetentionPolicyRows;

/** Retention policies: admins set them, auditors read them; every change is audited. */
@Stateless
public class RetentionPolicies {

  static final String RESOURCE_TYPE = "retention-policy";

  @Inject RetentionPolicyRows rows;
  @EJB AuditTrail audit;
  @Resource SessionContext session;

  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public List<RetentionPolicy> list() {
    return rows.all();
  }

  @RolesAllowed(Roles.ADMIN)
  public RetentionPolicy put(RetentionPolicy policy) {
    rows.put(policy, session.getCallerPrincipal().getName());
    audit.record("retention-policy.changed", RESOURCE_TYPE, resourceId(policy.queueId(), policy.recordType()),
        AuditOutcome.SUCCESS);
    return policy;
  }

  /** Removes a policy; answers whether there was one. */
  @RolesAllowed(Roles.ADMIN)
  public boolean remove(UUID queueId, RecordType type) {
    boolean removed = rows.remove(queueId, type);
    audit.record("retention-policy.removed", RESOURCE_TYPE, resourceId(queueId, type),
        removed ? AuditOutcome.SUCCESS : AuditOutcome.FAILED);
    return removed;
  }

  /** "RECORDING:default" or "RECORDING:<queue id>". */
  private static String resourceId(UUID queueId, RecordType type) {
    return type + ":" + (queueId == null ? "default" : queueId);
  }
}
