package org.confidant.api.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.reporting.api.Report;

/** A report leaving as a file — from the API or the console — is written to the audit trail. */
@ApplicationScoped
public class ReportExports {

  @EJB AuditTrail audit;

  /** The report as CSV; {@code kind} (queues or agents) is the audit entry's resource id. */
  public String csv(Report report, String kind) {
    String csv = ReportCsv.of(report, kind.equals("queues") ? "queue" : "agent");
    audit.record("report.exported", "report", kind, AuditOutcome.SUCCESS);
    return csv;
  }
}
