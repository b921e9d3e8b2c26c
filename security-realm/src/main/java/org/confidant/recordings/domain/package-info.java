/**
 * The rules of recordings in plain Java: byte ranges of a playback, paused spans (card payments) cut out of an
 * ingest, retention policies and the purge decision, legal holds and their two-person release.
 */
package org.confidant.recordings.domain;
