/**
 * Recordings over REST: ingest (telephony systems, streamed), metadata (supervisors, auditors), playback with byte
 * ranges (supervisors), signed export (supervisors, admins). See docs/recordings.md.
 */
package org.confidant.api.recordings;
