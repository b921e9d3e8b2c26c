package org.confidant.reporting.api;

import jakarta.ejb.Local;

/** Historical reports: figures per interval and queue, or per interval and answering agent. */
@Local
public interface Reports {

  Report queues(ReportRequest request);

  Report agents(ReportRequest request);

  /** The zone reports are cut in when a request names none (an IANA id). */
  String siteZone();
}
