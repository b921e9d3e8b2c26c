/**
 * The auditor's view of the trail: search criteria, a page of entries, and the CSV form of an export. Entries hold
 * ids only — never PHI values — so nothing here shows what a record contains, only who touched it, how and when.
 */
package org.confidant.audit.search.domain;
