package org.confidant.audit.logins.application;

import java.time.Instant;

/**
 * How the login-event import is doing, for the auditor's console and the API.
 *
 * @param configured whether the events client's secret is installed (without it nothing is imported)
 * @param lastAttemptAt when an import last ran on this server, null before the first
 * @param lastSuccessAt when an import last finished on this server
 * @param lastImported how many entries the last successful import recorded
 * @param problem why the last import failed, null when it did not
 */
public record LoginImportStatus(boolean configured, Instant lastAttemptAt, Instant lastSuccessAt, int lastImported,
    String problem) {

  static final LoginImportStatus NEVER_RUN = new LoginImportStatus(false, null, null, 0, null);
}
