/**
 * The recordings' and governance's use cases as EJBs: ingest, playback, export, retention policies, purge and legal
 * holds. Each PHI access and each change is audited through {@link org.confidant.audit.AuditTrail}.
 */
package org.confidant.recordings.application;
