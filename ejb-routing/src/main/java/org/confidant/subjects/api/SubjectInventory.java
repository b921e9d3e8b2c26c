package org.confidant.subjects.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.audit.search.domain.AuditRecord;
import org.confidant.recordings.domain.LegalHold;

/**
 * Everything Confidant holds about one person, without a value of it: which of the contact's fields are filled,
 * how many phone numbers, the organisation link, each record by kind and id, the standing legal holds on any of it,
 * the audit entries about any of it (who accessed their records), and counts per kind.
 */
public record SubjectInventory(UUID contactId, boolean contactOnFile, List<String> contactFields, int phoneNumbers,
    UUID organisationId, List<SubjectHolding> holdings, List<LegalHold> holds, List<AuditRecord> accessLog,
    Map<String, Integer> counts) {}
