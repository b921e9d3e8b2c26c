/**
 * Data-subject requests: everything Confidant holds about one person found (contact, phone numbers, organisation,
 * cases, notes, interactions, recordings, and who accessed them), exported as a signed package, or erased — with a
 * reason, by a second person's approval, keeping what a legal hold keeps — and reported in a signed erasure report.
 * See docs/data-subject-requests.md.
 */
package org.confidant.subjects;
