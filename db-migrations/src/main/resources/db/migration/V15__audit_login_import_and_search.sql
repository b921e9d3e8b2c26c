-- Governance (issue 5): login events from the identity provider into the audit trail, and the auditor's search.

-- How far the import of Keycloak's user events has read: the newest event time taken and the events taken in the
-- 30 s before it. The next import reads from 30 s before that time (an event may be stored a little after a newer
-- one) and skips the events remembered, so each is recorded once, also after a restart. One row per realm; the
-- import locks it, so two servers never import together.
CREATE TABLE audit_login_import (
    source          varchar(255) PRIMARY KEY,      -- the realm's admin API URL
    newest_taken    timestamptz  NOT NULL,
    recent_events   text[]       NOT NULL DEFAULT '{}',  -- "epoch-millis@event-id" of the events taken in the overlap
    imported_total  bigint       NOT NULL DEFAULT 0,
    last_import_at  timestamptz
);

-- The auditor's search by action over time (by time alone, actor and resource: V3 and V10's indexes).
CREATE INDEX audit_entry_by_action ON audit_entry (action, recorded_at);
